package vn.antt.reporting.web.unitlinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antt.reporting.web.access.AccessPolicy;
import vn.antt.reporting.web.api.PlatformApi;
import vn.antt.reporting.web.api.ServiceProblem;

/**
 * The admin page of predecessor links, browser-free (MockMvc, the templates rendered, planning-service's answers
 * mocked): the province's administrator sees each unit with its unresolved names and links and the fix form; a fix is
 * sent as the service expects it; a refusal shows the page again with the message at the unit; a clerk is refused.
 */
@WebMvcTest(UnitLinkController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(UnitLinkControllerTest.Beans.class)
class UnitLinkControllerTest {

    /** The page header asks the policy by its bean name, as in the application. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        AccessPolicy accessPolicy() {
            return new AccessPolicy();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNRESOLVED = """
            {"validFrom": "2025-07-01", "importedAt": "2026-01-10T02:00:00Z", "items": [
              {"unit": "21993", "unitKey": "21993", "unitName": "Xã Minh Long", "path": "provinces[0].communes[3]",
               "predecessor": "Xã Tịnh Mới", "reason": "not-found: no commune of that name", "links": []}]}
            """;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PlatformApi api;

    private static void signIn(String unit, String role) {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(600), Map.of("sub", "quantri.tinh",
                "preferred_username", "quantri.tinh", "name", "Quản trị tỉnh", "unit_code", unit, "unit_name", "Tỉnh Quảng Ngãi",
                "roles", List.of(role)));
        DefaultOidcUser user = new DefaultOidcUser(List.of(), token);
        SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(user, List.of(), "identity"));
    }

    @BeforeEach
    void answers() {
        when(api.get(eq("/api/units/unresolved-predecessors"), eq(JsonNode.class))).thenReturn(JSON.readTree(UNRESOLVED));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAdministratorSeesTheUnresolvedUnitsAndFixesALink() throws Exception {
        signIn("51", "ADMIN");
        MvcResult page = mvc.perform(get("/admin/units/links")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("Liên kết đơn vị trước sắp xếp", "Xã Minh Long (21993)",
                "Xã Tịnh Mới — không tìm thấy đơn vị trước sắp xếp có tên này", "Chưa có liên kết nào",
                "action=\"/admin/units/links/21993\"", "Lý do sửa (bắt buộc)", "id=\"nav-unit-links\"",
                "(hiệu lực từ 01/07/2025)");

        when(api.put(eq("/api/units/{code}/predecessors"), any(), eq("21993")))
                .thenReturn(JSON.readTree("{\"fix\": {\"at\": \"2026-01-15T10:00:00+07:00\"}}"));
        MvcResult fixed = mvc.perform(post("/admin/units/links/21993").param("predecessors", "21229, 21230")
                .param("reason", "Nghị quyết sắp xếp")).andReturn();
        assertThat(fixed.getResponse().getStatus()).isEqualTo(302);
        assertThat(fixed.getResponse().getRedirectedUrl()).isEqualTo("/admin/units/links");
        verify(api).put("/api/units/{code}/predecessors", Map.of("predecessors", List.of("21229", "21230"),
                "reason", "Nghị quyết sắp xếp"), "21993");
    }

    @Test
    void aRefusalIsShownAtTheUnitWithWhatToCorrect() throws Exception {
        signIn("51", "ADMIN");
        when(api.put(eq("/api/units/{code}/predecessors"), any(), eq("21993"))).thenThrow(new ServiceProblem(400,
                "invalid-predecessor-fix", "Không thể sửa liên kết", "No unit version has the key 99999", "planning-service",
                JSON.readTree("{\"rule\": \"invalid-predecessor-fix\", \"field\": \"predecessors[0]\"}"), List.of()));
        MvcResult refused = mvc.perform(post("/admin/units/links/21993").param("predecessors", "99999")
                .param("reason", "Nghị quyết")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString())
                .contains("Mã 99999 không phải một đơn vị còn hiệu lực ngày 30/6/2025 (đơn vị trước sắp xếp).", "is-invalid",
                        "value=\"99999\"");
    }

    @Test
    void aRefusedFormComesBackFocusedSoThePageOpensAtItNotAtTheTop() throws Exception {
        signIn("51", "ADMIN");
        when(api.put(eq("/api/units/{code}/predecessors"), any(), eq("21993"))).thenThrow(new ServiceProblem(400,
                "invalid-predecessor-fix", "Không thể sửa liên kết", "No unit version has the key 99999", "planning-service",
                JSON.readTree("{\"rule\": \"invalid-predecessor-fix\", \"field\": \"predecessors[0]\"}"), List.of()));

        String html = mvc.perform(post("/admin/units/links/21993").param("predecessors", "99999").param("reason", "Nghị quyết"))
                .andReturn().getResponse().getContentAsString();

        // The refused form is the anchor (its id), the field to correct is the page's only focused one, and the
        // message is inside that form, under the fields, where the browser opens the page.
        String form = formOf(html, "21993");
        assertThat(form).contains("id=\"problem-21993\"",
                "Mã 99999 không phải một đơn vị còn hiệu lực ngày 30/6/2025 (đơn vị trước sắp xếp).");
        assertThat(inputOf(form, "predecessors-21993")).contains("autofocus", "is-invalid", "aria-describedby=\"problem-21993\"");
        assertThat(inputOf(form, "reason-21993")).doesNotContain("autofocus");
        assertThat(html.split("autofocus", -1)).hasSize(3); // autofocus="autofocus": one attribute, on one field
    }

    @Test
    void onTheUnitsPageAMissingReasonComesBackWithTheReasonFocused() throws Exception {
        signIn("51", "ADMIN");
        when(api.get(eq("/api/units/{code}"), eq(JsonNode.class), eq("21993")))
                .thenReturn(JSON.readTree("{\"code\": \"21993\", \"versionKey\": \"21993@2025-07-01\", \"name\": \"Xã Minh Long\"}"));
        when(api.get(eq("/api/units/{code}/links"), eq(JsonNode.class), eq("21993")))
                .thenReturn(JSON.readTree("{\"versionKey\": \"21993@2025-07-01\", \"predecessors\": [], \"successors\": []}"));
        when(api.get(eq("/api/units/{code}/predecessors/fixes"), eq(JsonNode.class), eq("21993"))).thenReturn(JSON.readTree("[]"));
        when(api.put(eq("/api/units/{code}/predecessors"), any(), eq("21993"))).thenThrow(new ServiceProblem(400,
                "invalid-predecessor-fix", "Không thể sửa liên kết", "A reason is required", "planning-service",
                JSON.readTree("{\"rule\": \"invalid-predecessor-fix\", \"field\": \"reason\"}"), List.of()));

        MvcResult refused = mvc.perform(post("/admin/units/links/21993").param("predecessors", "21229").param("from", "unit"))
                .andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        String form = formOf(refused.getResponse().getContentAsString(), "21993");
        assertThat(form).contains("Cần ghi lý do sửa liên kết (ví dụ: số, ngày của nghị quyết sắp xếp).", "name=\"from\" value=\"unit\"",
                "value=\"21229\"");
        assertThat(inputOf(form, "reason-21993")).contains("autofocus", "is-invalid");
        assertThat(inputOf(form, "predecessors-21993")).doesNotContain("autofocus");
    }

    /** The fix form of the unit, from its opening tag (found by its anchor id) to its end. */
    private static String formOf(String html, String code) {
        int id = html.indexOf("id=\"fix-form-" + code + "\"");
        assertThat(id).as("the form's anchor fix-form-" + code).isPositive();
        int start = html.lastIndexOf("<form", id);
        return html.substring(start, html.indexOf("</form>", id));
    }

    /** The input tag of that id. */
    private static String inputOf(String form, String id) {
        int at = form.indexOf("id=\"" + id + "\"");
        assertThat(at).as(id).isPositive();
        return form.substring(form.lastIndexOf("<input", at), form.indexOf(">", at));
    }

    @Test
    void aClerkIsRefused() throws Exception {
        signIn("21217", "CLERK");
        MvcResult refused = mvc.perform(get("/admin/units/links")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString()).doesNotContain("Xã Minh Long");
    }

    @Test
    void theUnitsPageShowsItsLinksNamedAsTheyWereAndTheAuditTrailInVietnamsTime() throws Exception {
        signIn("51", "ADMIN");
        when(api.get(eq("/api/units/{code}"), eq(JsonNode.class), eq("21993")))
                .thenReturn(JSON.readTree("{\"code\": \"21993\", \"versionKey\": \"21993@2025-07-01\", \"name\": \"Xã Minh Long\"}"));
        when(api.get(eq("/api/units/{code}"), eq(JsonNode.class), eq("51")))
                .thenReturn(JSON.readTree("{\"code\": \"51\", \"name\": \"Tỉnh Quảng Ngãi\"}"));
        when(api.get(eq("/api/units/{code}/links"), eq(JsonNode.class), eq("21993"))).thenReturn(JSON.readTree("""
                {"versionKey": "21993@2025-07-01", "predecessors": [{"predecessorKey": "21229", "predecessorCode": "21229",
                 "partial": false, "text": "sửa thủ công"}], "successors": []}"""));
        // The code 21229 names another unit today: the page names the one it named on 30/6/2025.
        when(api.get(eq("/api/units/{code}?asOf={day}"), eq(JsonNode.class), eq("21229"), eq("2025-06-30")))
                .thenReturn(JSON.readTree("{\"code\": \"21229\", \"name\": \"Xã Tịnh Minh\"}"));
        when(api.get(eq("/api/units/{code}/predecessors/fixes"), eq(JsonNode.class), eq("21993"))).thenReturn(JSON.readTree("""
                [{"id": "f1", "successorKey": "21993@2025-07-01", "successorCode": "21993", "userId": "quantri.tinh",
                  "unitCode": "51", "at": "2026-01-15T03:04:00Z", "before": [], "after": ["21229"], "reason": "Nghị quyết sắp xếp"}]"""));
        MvcResult page = mvc.perform(get("/admin/units/links/21993")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("Xã Minh Long (21993)", "Xã Tịnh Minh — sửa thủ công",
                "15/01/2026 10:04 +07:00", "quantri.tinh (Tỉnh Quảng Ngãi)", "không có liên kết nào", "21229 Xã Tịnh Minh",
                "Nghị quyết sắp xếp", "name=\"from\" value=\"unit\"");
    }
}
