package vn.antt.reporting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import tools.jackson.databind.JsonNode;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.OidcLogin;

/**
 * The province's administrator fixes a new unit's predecessor links in the browser, against the real processes of the
 * platform after the reform ({@link ReformPlatform}: the 2026 demo directory, or the real lists if a test has imported
 * them into it first). Phường Đức Phổ's merger text names "Phổ Hòa" without
 * its type: the page lists the name with the reason, a fix without a reason is refused on the page and stores nothing,
 * a fix with one links Phường Phổ Hòa, and the unit's page shows the link and the audit entry (who, when at +07:00,
 * before, after, why), as planning-service stored them. A clerk is refused the pages. Every page: a screenshot and
 * axe-core.
 */
class UnitLinksSystemTest {

    private static RunningPlatform platform;

    @BeforeAll
    static void platform() throws Exception {
        platform = ReformPlatform.get();
    }

    private static String base() {
        return platform.browserUrl();
    }

    private static ApiClient gatewayAs(String user) {
        return new ApiClient(platform.url("gateway")).as(OidcLogin.accessToken(platform.issuer(), user, "demo"));
    }

    @Test
    void theProvincesAdministratorFixesALinkWithAReasonAndSeesItsAuditEntry() {
        try (Browser browser = new Browser("lienketdonvi")) {
            try {
                fix(browser);
            } catch (RuntimeException | AssertionError failure) {
                browser.failed(failure);
                throw failure;
            }
        }
    }

    /** Phường Đức Phổ: its merger text names "Phổ Hòa" without its type, which the import cannot link. */
    private static final String DUC_PHO = "21439";
    /** Phường Phổ Hòa of Thị xã Đức Phổ, to 30/6/2025. */
    private static final String PHO_HOA = "21469";
    private static final String REASON = "Bảng sắp xếp ghi \"Phổ Hòa\", tức Phường Phổ Hòa (thị xã Đức Phổ)";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static void fix(Browser browser) {
        ApiClient admin = gatewayAs("quantri.tinh");
        JsonNode unresolved = await().ignoreExceptions().atMost(Duration.ofSeconds(60))
                .until(() -> admin.get("/api/units/unresolved-predecessors"), r -> r.status() == 200).json();
        assertThat(unresolved.path("items").valueStream().filter(i -> i.path("unit").asString().equals(DUC_PHO))
                .map(i -> i.path("predecessor").asString())).contains("Phổ Hòa");
        List<String> before = links(admin);
        assertThat(before).doesNotContain(PHO_HOA);
        int fixesBefore = fixes(admin).size();

        // The administrator finds the page under "Quản trị": the unit, the name that could not be linked and why.
        WebSession.signIn(browser, base(), "quantri.tinh");
        browser.click("#nav-admin");
        assertThat(browser.find("#nav-unit-links").getText()).isEqualTo("Liên kết đơn vị trước sắp xếp");
        browser.click("#nav-unit-links");
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().endsWith("/admin/units/links"));
        assertThat(browser.find("h1").getText()).isEqualTo("Liên kết đơn vị trước sắp xếp");
        assertThat(browser.text()).contains("(hiệu lực từ 01/07/2025)");
        WebElement card = browser.find("#unit-" + DUC_PHO);
        assertThat(card.getText()).contains("Phường Đức Phổ (" + DUC_PHO + ")",
                "Phổ Hòa — không tìm thấy đơn vị trước sắp xếp có tên này");
        assertThat(browser.find("#predecessors-" + DUC_PHO).getAttribute("value")).isEqualTo(String.join(", ", before));
        browser.check("danh-sach");
        browser.phone("danh-sach");

        // Without a reason: refused on the page, at the unit, what was typed kept; nothing stored.
        String typed = String.join(", ", before) + ", " + PHO_HOA;
        browser.type("#predecessors-" + DUC_PHO, typed);
        browser.click("#fix-" + DUC_PHO);
        assertThat(browser.find("#problem-" + DUC_PHO).getText())
                .isEqualTo("Cần ghi lý do sửa liên kết (ví dụ: số, ngày của nghị quyết sắp xếp).");
        assertThat(browser.find("#reason-" + DUC_PHO).getAttribute("class")).contains("is-invalid");
        assertThat(browser.find("#predecessors-" + DUC_PHO).getAttribute("value")).isEqualTo(typed);
        assertThat(links(admin)).isEqualTo(before);
        assertThat(fixes(admin)).hasSize(fixesBefore);
        browser.check("thieu-ly-do");

        // With a reason: saved; the unit's page has the link, named as it was, and the audit entry.
        browser.type("#reason-" + DUC_PHO, REASON);
        OffsetDateTime clicked = OffsetDateTime.now(ZoneOffset.ofHours(7));
        browser.click("#fix-" + DUC_PHO);
        assertThat(browser.find(".alert-success").getText()).startsWith("Đã sửa liên kết đơn vị trước sắp xếp của đơn vị " + DUC_PHO);
        assertThat(browser.find("#history-" + DUC_PHO).getText()).isEqualTo("Đã sửa thủ công — xem liên kết và nhật ký sửa");
        assertThat(browser.find("#unit-" + DUC_PHO).getText()).contains(PHO_HOA + " sửa thủ công");
        browser.check("da-luu");
        browser.click("#history-" + DUC_PHO);
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().endsWith("/admin/units/links/" + DUC_PHO));
        assertThat(browser.find("h1").getText()).isEqualTo("Phường Đức Phổ (" + DUC_PHO + ")");
        assertThat(browser.find("#link-" + PHO_HOA).getText()).isEqualTo(PHO_HOA + " Phường Phổ Hòa — sửa thủ công");
        WebElement entry = browser.find("#fix-entry-0");
        List<String> cells = entry.findElements(org.openqa.selenium.By.tagName("td")).stream().map(WebElement::getText).toList();
        JsonNode stored = fixes(admin).get(0);
        OffsetDateTime at = OffsetDateTime.parse(stored.path("at").asString());
        assertThat(at.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(Duration.between(clicked, at).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(cells.get(0)).isEqualTo(SHOWN.format(at) + " +07:00");
        assertThat(cells.get(1)).isEqualTo("quantri.tinh (Tỉnh Quảng Ngãi)");
        assertThat(cells.get(2)).isEqualTo(named(admin, before));
        List<String> after = new ArrayList<>(before);
        after.add(PHO_HOA);
        after.sort(null);
        assertThat(cells.get(3)).isEqualTo(named(admin, after));
        assertThat(cells.get(4)).isEqualTo(REASON);
        browser.check("nhat-ky");
        browser.phone("nhat-ky");

        // What the service stored: the audit record and the links.
        assertThat(fixes(admin)).hasSize(fixesBefore + 1);
        assertThat(stored.path("userId").asString()).isEqualTo("quantri.tinh");
        assertThat(stored.path("before").valueStream().map(JsonNode::asString).toList()).isEqualTo(before);
        assertThat(stored.path("after").valueStream().map(JsonNode::asString).toList()).isEqualTo(after);
        assertThat(stored.path("reason").asString()).isEqualTo(REASON);
        assertThat(links(admin)).isEqualTo(after);

        // A clerk has neither the menu item nor the pages.
        WebSession.signOut(browser);
        WebSession.signIn(browser, base(), "vanthu.vantuong");
        assertThat(browser.all("#nav-unit-links")).isEmpty();
        for (String page : List.of("/admin/units/links", "/admin/units/links/" + DUC_PHO)) {
            browser.open(base() + page);
            assertThat(browser.find("h1").getText()).isEqualTo("Không có quyền");
            assertThat(browser.text()).doesNotContain("Phường Đức Phổ", "Phổ Hòa");
        }
        browser.check("van-thu-bi-tu-choi");
        WebSession.signOut(browser);
    }

    /** Phường Đức Phổ's predecessors now (version keys in code order), from planning-service. */
    private static List<String> links(ApiClient admin) {
        ApiClient.Response links = admin.get("/api/units/" + DUC_PHO + "/links");
        assertThat(links.status()).as(links.body()).isEqualTo(200);
        return links.json().path("predecessors").valueStream().map(l -> l.path("predecessorKey").asString()).sorted().toList();
    }

    private static List<JsonNode> fixes(ApiClient admin) {
        ApiClient.Response fixes = admin.get("/api/units/" + DUC_PHO + "/predecessors/fixes");
        assertThat(fixes.status()).as(fixes.body()).isEqualTo(200);
        return fixes.json().valueStream().toList();
    }

    /** "21439 Phường Nguyễn Nghiêm, 21469 Phường Phổ Hòa": each key with its unit's name on 30/6/2025. */
    private static String named(ApiClient admin, List<String> keys) {
        if (keys.isEmpty()) {
            return "không có liên kết nào";
        }
        return String.join(", ", keys.stream().map(k -> k + " " + admin.get("/api/units/" + k + "?asOf=2025-06-30").json()
                .path("name").asString()).toList());
    }
}
