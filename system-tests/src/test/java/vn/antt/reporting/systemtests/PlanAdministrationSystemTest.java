package vn.antt.reporting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.OidcLogin;

/**
 * Plan administration in the browser, against the real processes: the province's administrator drafts a plan from the
 * outline of plan 119, types a deadline before the end of the reporting period and reads planning-service's refusal
 * in Vietnamese beside the deadline with the form still filled, fixes it, edits the draft, issues it, amends it with a
 * reason and reads the audit trail (who, when +07:00, what, why); the district's administrator sets its internal
 * deadline; the province grants one commune an extension and closes the plan. A clerk cannot open the pages. Each
 * step is checked against planning-service's API too. Every page: a screenshot and axe-core.
 */
class PlanAdministrationSystemTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static RunningPlatform platform;
    private static String outlineId;

    @BeforeAll
    static void platformUp() throws Exception {
        platform = SharedPlatform.get();
        JsonNode demo = await().ignoreExceptions().atMost(Duration.ofSeconds(60))
                .until(() -> gatewayAs("quantri.tinh").get("/api/plans/kh-119-2025-qng"), r -> r.status() == 200).json();
        outlineId = demo.get("outlineId").asString();
    }

    private static ApiClient gatewayAs(String user) {
        return new ApiClient(platform.url("gateway")).as(OidcLogin.accessToken(platform.issuer(), user, "demo"));
    }

    private static String base() {
        return platform.browserUrl();
    }

    private static Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(VIETNAM).toInstant();
    }

    private static String typed(Instant instant) {
        return DAY_TIME.format(instant.atZone(VIETNAM));
    }

    @Test
    void theProvinceDraftsIssuesAmendsAndClosesAPlanAndTheDistrictSetsItsDeadline() {
        try (Browser browser = new Browser("quan-tri-ke-hoach")) {
            try {
                administer(browser);
            } catch (RuntimeException | AssertionError failure) {
                browser.failed(failure);
                throw failure;
            }
        }
    }

    private static void administer(Browser browser) {
        String planId = "kh-qtkh-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(VIETNAM);
        LocalDate periodFrom = today.minusMonths(6);
        LocalDate periodTo = today.minusDays(1);
        Instant deadline = at(today.plusDays(20), 17);
        String title = "Sơ kết 6 tháng thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc";

        // The province's administrator finds plan administration in the header.
        WebSession.signIn(browser, base(), "quantri.tinh");
        browser.click("#nav-admin");
        browser.click("#nav-plan-admin");
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().endsWith("/admin/plans"));
        assertThat(browser.find("h1").getText()).isEqualTo("Quản trị kế hoạch");
        assertThat(browser.find("#plan-kh-119-2025-qng").getText()).contains("119/KH-UBND", "Đơn vị tôi ban hành");
        browser.check("danh-sach");

        // A new plan with a deadline before the end of its reporting period: refused beside the deadline, form kept.
        browser.click("#new-plan");
        browser.type("#plan-number", "27/KH-UBND");
        browser.type("#plan-planId", planId);
        browser.type("#plan-title", title);
        browser.type("#plan-signer", "Nguyễn Hoàng Giang");
        browser.type("#plan-signerTitle", "CHỦ TỊCH");
        browser.type("#plan-outlineId", outlineId);
        browser.type("#plan-outlineVersion", "1");
        browser.type("#plan-periodFrom", DAY.format(periodFrom));
        browser.type("#plan-periodTo", DAY.format(periodTo));
        browser.type("#plan-deadline", DAY.format(periodTo) + " 08:00");
        browser.type("#plan-recipientName", "Công an tỉnh (qua Phòng An ninh kinh tế)");
        new Select(browser.find("#plan-comparisonPlanId")).selectByValue("kh-119-2025-qng");
        browser.click("#plan-kind-HEALTH_STATION");
        // Issued today, under the two-level local government: the form offers no district level (planning-service would
        // refuse one) and a commune's report goes to the province.
        assertThat(browser.all("#plan-chain-COMMUNE-DISTRICT")).isEmpty();
        assertThat(browser.find("#plan-chain-COMMUNE-PROVINCE").isSelected()).isTrue();
        browser.click("#plan-chain-HEALTH_STATION-COMMUNE");
        browser.click("#save-draft");
        assertThat(browser.find("#plan-deadline-messages").getText()).contains("sớm hơn ngày kết thúc kỳ báo cáo " + DAY.format(periodTo));
        assertThat(browser.find("#plan-deadline").getAttribute("class")).contains("is-invalid");
        assertThat(browser.find("#plan-number").getAttribute("value")).isEqualTo("27/KH-UBND");
        assertThat(browser.find("#plan-title").getAttribute("value")).isEqualTo(title);
        assertThat(browser.find("#plan-deadline").getAttribute("value")).isEqualTo(DAY.format(periodTo) + " 08:00");
        assertThat(new Select(browser.find("#plan-comparisonPlanId")).getFirstSelectedOption().getAttribute("value")).isEqualTo("kh-119-2025-qng");
        assertThat(browser.find("#plan-kind-HEALTH_STATION").isSelected()).isTrue();
        assertThat(browser.find("#plan-chain-HEALTH_STATION-COMMUNE").isSelected()).isTrue();
        assertThat(gatewayAs("quantri.tinh").get("/api/plans/" + planId).status()).isEqualTo(404);
        browser.check("loi-thoi-han");

        browser.type("#plan-deadline", typed(deadline));
        browser.click("#save-draft");
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().endsWith("/admin/plans/" + planId));
        assertThat(browser.find("#summary-state").getText()).isEqualTo("Bản nháp");
        assertThat(browser.find("#summary-deadline").getText()).isEqualTo(typed(deadline) + " +07:00");
        JsonNode draft = gatewayAs("quantri.tinh").get("/api/plans/" + planId).json();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("number").asString()).isEqualTo("27/KH-UBND");
        assertThat(draft.get("title").asString()).isEqualTo(title);
        assertThat(draft.get("signer").asString()).isEqualTo("Nguyễn Hoàng Giang");
        assertThat(draft.get("periodFrom").asString()).isEqualTo(periodFrom.toString());
        assertThat(draft.get("periodTo").asString()).isEqualTo(periodTo.toString());
        assertThat(Instant.parse(draft.get("deadline").asString())).isEqualTo(deadline);
        assertThat(draft.get("outlineId").asString()).isEqualTo(outlineId);
        assertThat(draft.get("outlineVersion").asInt()).isEqualTo(1);
        assertThat(draft.get("comparisonPlanId").asString()).isEqualTo("kh-119-2025-qng");
        assertThat(draft.at("/participants/rules/0/within").asString()).isEqualTo("51");
        assertThat(draft.at("/participants/rules/0/kinds").toString()).isEqualTo("[\"COMMUNE\",\"HEALTH_STATION\"]");
        assertThat(draft.at("/reviewChains").toString()).contains("{\"unitKind\":\"COMMUNE\",\"levels\":[\"PROVINCE\"]}",
                "{\"unitKind\":\"HEALTH_STATION\",\"levels\":[\"COMMUNE\"]}");
        assertThat(browser.all("#amend")).isEmpty();
        browser.check("ban-nhap");

        // The draft is edited: the health stations are reviewed by the province too.
        browser.click("#edit-plan");
        assertThat(browser.find("#plan-title").getAttribute("value")).isEqualTo(title);
        browser.click("#plan-chain-HEALTH_STATION-PROVINCE");
        browser.click("#save-draft");
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().endsWith("/admin/plans/" + planId));
        assertThat(browser.find("#summary-chains").getText()).contains("Trạm y tế: cấp xã → cấp tỉnh");

        // Issued: the actions of a draft are no longer offered, those of an issued plan are.
        browser.click("#issue");
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.find("#summary-state").getText().equals("Đã ban hành"));
        assertThat(browser.all("#issue")).isEmpty();
        assertThat(browser.all("#edit-plan")).isEmpty();
        JsonNode issued = gatewayAs("quantri.tinh").get("/api/plans/" + planId).json();
        assertThat(issued.get("state").asString()).isEqualTo("ISSUED");
        assertThat(issued.get("expectedUnitCount").asInt()).isGreaterThan(0);
        assertThat(browser.find("#summary-participants").getText()).contains(issued.get("expectedUnitCount").asInt() + " đơn vị");

        // An amendment without a reason is refused beside the reason; with one it moves the deadline.
        Instant moved = deadline.plus(Duration.ofDays(5));
        browser.type("#amend-deadline", typed(moved));
        browser.click("#amend");
        assertThat(browser.find("#amend-reason-messages").getText()).isEqualTo("Không được để trống.");
        assertThat(browser.find("#amend-deadline").getAttribute("value")).isEqualTo(typed(moved));
        browser.check("dieu-chinh-thieu-ly-do");
        browser.type("#amend-reason", "Lùi thời hạn do mưa lũ kéo dài");
        browser.click("#amend");
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.find("#summary-deadline").getText().equals(typed(moved) + " +07:00"));
        assertThat(Instant.parse(gatewayAs("quantri.tinh").get("/api/plans/" + planId).json().get("deadline").asString())).isEqualTo(moved);
        String audit = browser.find("#audit").getText();
        assertThat(audit).contains("Tạo bản nháp", "Sửa bản nháp", "Ban hành", "Điều chỉnh", "quantri.tinh (Tỉnh Quảng Ngãi)",
                "Lùi thời hạn do mưa lũ kéo dài", "Thời hạn " + typed(deadline) + " +07:00 → " + typed(moved) + " +07:00", "+07:00");
        JsonNode apiAudit = gatewayAs("quantri.tinh").get("/api/plans/" + planId + "/audit").json();
        assertThat(browser.all("#audit tbody tr")).hasSize(apiAudit.size());
        browser.check("nhat-ky");

        // The district's administrator sets its internal deadline; it sees no action of the issuer, nor the audit.
        WebSession.signOut(browser);
        WebSession.signIn(browser, base(), "quantri.sontinh");
        browser.click("#nav-admin");
        browser.click("#nav-plan-admin");
        browser.find("#plan-" + planId + " a").click();
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().endsWith("/admin/plans/" + planId));
        assertThat(browser.all("#amend")).isEmpty();
        assertThat(browser.all("#close-plan")).isEmpty();
        assertThat(browser.all("#audit")).isEmpty();
        Instant internal = moved.minus(Duration.ofDays(3));
        browser.type("#internal-deadline", typed(moved.plus(Duration.ofDays(1))));
        browser.click("#set-internal-deadline");
        assertThat(browser.find("#internal-deadline-messages").getText()).contains("muộn hơn thời hạn áp dụng cho chính đơn vị");
        browser.type("#internal-deadline", typed(internal));
        browser.type("#internal-reason", "Để huyện kịp tổng hợp");
        browser.click("#set-internal-deadline");
        assertThat(browser.find("#deadline-INTERNAL-527").getText()).contains("Huyện Sơn Tịnh", typed(internal) + " +07:00",
                "quantri.sontinh", "Để huyện kịp tổng hợp");
        JsonNode effective = gatewayAs("quantri.sontinh").get("/api/plans/" + planId + "/deadlines/21217").json();
        assertThat(effective.get("source").asString()).as(effective.toString()).isEqualTo("INTERNAL");
        assertThat(Instant.parse(effective.get("deadline").asString())).isEqualTo(internal);
        browser.check("thoi-han-noi-bo-huyen");

        // The province gives Tịnh Sơn more time, then closes the plan.
        WebSession.signOut(browser);
        WebSession.signIn(browser, base(), "quantri.tinh");
        browser.open(base() + "/admin/plans/" + planId);
        Instant extended = internal.plus(Duration.ofDays(2));
        new Select(browser.find("#extension-unitCode")).selectByValue("21217");
        browser.type("#extension-deadline", typed(extended));
        browser.type("#extension-reason", "Xã bị ảnh hưởng bởi mưa lũ");
        browser.click("#grant-extension");
        assertThat(browser.find("#deadline-EXTENSION-21217").getText()).contains("Xã Tịnh Sơn", typed(extended) + " +07:00",
                "Xã bị ảnh hưởng bởi mưa lũ");
        JsonNode granted = gatewayAs("quantri.tinh").get("/api/plans/" + planId + "/deadlines/21217").json();
        assertThat(granted.get("source").asString()).isEqualTo("EXTENSION");
        assertThat(Instant.parse(granted.get("deadline").asString())).isEqualTo(extended);
        browser.check("gia-han");

        browser.click("#close-plan");
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.find("#summary-state").getText().equals("Đã kết thúc"));
        assertThat(browser.all("#actions")).isEmpty();
        assertThat(browser.find("#audit").getText()).contains("Đặt thời hạn nội bộ", "quantri.sontinh (Huyện Sơn Tịnh)", "Gia hạn", "Kết thúc");
        assertThat(gatewayAs("quantri.tinh").get("/api/plans/" + planId).json().get("state").asString()).isEqualTo("CLOSED");
        browser.check("da-ket-thuc");

        // A draft issued by someone else while its form is open: saving it is refused readably, the form as typed.
        String other = "kh-qtkh-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = gatewayAs("quantri.tinh");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("planId", other);
        request.put("number", "28/KH-UBND");
        request.put("issuingBody", "Ủy ban nhân dân tỉnh Quảng Ngãi");
        request.put("title", "Kế hoạch thử nghiệm");
        request.put("periodFrom", periodFrom.toString());
        request.put("periodTo", periodTo.toString());
        request.put("deadline", deadline.atZone(VIETNAM).toOffsetDateTime().toString());
        request.put("recipientUnitCode", "51");
        request.put("outlineId", outlineId);
        request.put("outlineVersion", 1);
        request.put("participants", Map.of("rules", List.of(Map.of("within", "51", "kinds", List.of("COMMUNE")))));
        request.put("reviewChains", List.of(Map.of("unitKind", "COMMUNE", "levels", List.of("PROVINCE"))));
        ApiClient.Response created = admin.post("/api/plans", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        browser.open(base() + "/admin/plans/" + other + "/edit");
        browser.type("#plan-title", "Kế hoạch thử nghiệm (đã sửa)");
        assertThat(admin.post("/api/plans/" + other + "/issue", Map.of()).status()).isEqualTo(200);
        browser.click("#save-draft");
        assertThat(browser.find("#form-problems").getText()).contains("không cho phép thao tác này", "Không có gì được lưu");
        assertThat(browser.find("#plan-title").getAttribute("value")).isEqualTo("Kế hoạch thử nghiệm (đã sửa)");
        assertThat(admin.get("/api/plans/" + other).json().get("title").asString()).isEqualTo("Kế hoạch thử nghiệm");
        browser.check("thay-doi-dong-thoi");

        // A clerk is not offered the pages and is refused them.
        WebSession.signOut(browser);
        WebSession.signIn(browser, base(), "vanthu.tinhson");
        assertThat(browser.all("#nav-plan-admin")).isEmpty();
        browser.open(base() + "/admin/plans");
        assertThat(browser.find("main").getText()).contains("Không có quyền");
        assertThat(browser.text()).doesNotContain("27/KH-UBND");
        browser.check("van-thu-bi-tu-choi");
    }
}
