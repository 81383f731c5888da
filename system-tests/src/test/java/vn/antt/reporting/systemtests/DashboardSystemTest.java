package vn.antt.reporting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.OidcLogin;

/**
 * The province's dashboard in the browser, against the real processes: it is open while a commune submits through the
 * API and the new count appears without a reload (the time from the submit's answer to the change is printed);
 * drill-down province → district → the commune's own report; the status board's counts equal the API's; the alerts
 * and the inbox open; a district officer cannot open another district's dashboard. Every page: a screenshot and
 * axe-core.
 */
class DashboardSystemTest {

    private static RunningPlatform platform;
    private static String plan;

    @BeforeAll
    static void platformAndPlan() throws Exception {
        platform = SharedPlatform.get();
        plan = WebSession.issueCopyOfPlan119(platform, "kh-dash-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static String base() {
        return platform.browserUrl();
    }

    private static ApiClient gatewayAs(String user) {
        return new ApiClient(platform.url("gateway")).as(OidcLogin.accessToken(platform.issuer(), user, "demo"));
    }

    @Test
    void theProvinceWatchesACommuneSubmitLiveAndDrillsDownToItsReport() {
        JsonNode before = gatewayAs("canbo.congantinh").get("/api/rollups/" + plan + "/nodes/51").json();
        long expected = before.at("/counts/expected").asLong();
        try (Browser browser = new Browser("dashboard")) {
            try {
                watchAndDrillDown(browser, expected, before);
            } catch (RuntimeException | AssertionError failure) {
                browser.failed(failure);
                // Whether the roll-up itself has the report, or only the page missed it.
                failure.addSuppressed(new IllegalStateException("the API's roll-up: "
                        + gatewayAs("canbo.congantinh").get("/api/rollups/" + plan + "/nodes/51").body()));
                throw failure;
            }
        }
    }

    private static void watchAndDrillDown(Browser browser, long expected, JsonNode before) {
        WebSession.signIn(browser, base(), "canbo.congantinh");
        browser.open(base() + "/dashboard/" + plan + "/51");
        assertThat(browser.find("#count-submitted").getText()).isEqualTo(before.at("/counts/submitted/text").asString());
        assertThat(browser.text()).contains("Bảng theo dõi kế hoạch 119/KH-UBND", "Tỉnh Quảng Ngãi", "Huyện Sơn Tịnh",
                "Tạm tính", "Đã duyệt");
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> "success".equals(browser.find("#stream-status").getAttribute("data-state")));
        assertThat(browser.find("#stream-status").getText()).isEqualTo("Đang cập nhật trực tiếp");
        browser.check("tinh-truoc-khi-gui");

        // A commune submits through the API; the page changes by itself (the marker survives: no reload).
        browser.script("window.notReloaded = true;");
        ApiClient clerk = gatewayAs("vanthu.tinhson");
        ApiClient.Response submitted = clerk.post("/api/submissions", ReportBodies.tinhSon(plan));
        long answered = System.nanoTime();
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String after = "1/" + expected + " (đạt ";
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> browser.find("#count-submitted").getText().startsWith(after));
        long millis = (System.nanoTime() - answered) / 1_000_000;
        System.out.printf("Dashboard: the province's count changed %d ms after the submit's answer%n", millis);
        assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(browser.find("#row-527 .submitted").getText()).startsWith("1/");
        JsonNode now = gatewayAs("canbo.congantinh").get("/api/rollups/" + plan + "/nodes/51").json();
        assertThat(browser.find("#count-submitted").getText()).isEqualTo(now.at("/counts/submitted/text").asString());
        for (JsonNode figure : now.get("figures")) {
            assertThat(browser.find("#figure-" + figure.get("indicator").asString().replace(".", "\\.")).getText())
                    .contains(figure.at("/provisional/text").asString(), figure.at("/approved/text").asString());
        }
        browser.check("tinh-sau-khi-gui");

        // Drill down: the district, then the commune's own report (version 1), two clicks from the province.
        browser.follow("#row-527 a.drill");
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> java.net.URI.create(browser.driver().getCurrentUrl()).getPath().endsWith("/dashboard/" + plan + "/527"));
        assertThat(browser.find("#breadcrumb").getText()).contains("Tỉnh Quảng Ngãi", "Huyện Sơn Tịnh");
        // Tịnh Sơn reports itself and has a health station below it: a node, whose first row is the commune's own report.
        assertThat(browser.find("#row-21217").getText()).contains("Xã Tịnh Sơn", "1/2");
        browser.check("huyen");
        browser.follow("#row-21217 a.drill");
        await().ignoreExceptions().atMost(Duration.ofSeconds(30))
                .until(() -> java.net.URI.create(browser.driver().getCurrentUrl()).getPath().endsWith("/dashboard/" + plan + "/21217"));
        assertThat(browser.find("#row-21217").getText()).contains("Xã Tịnh Sơn", "Báo cáo của chính đơn vị", "Đã gửi", "Phiên bản 1");
        browser.check("xa");
        browser.follow("#row-21217 a.report-link");
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().contains("/reports/" + plan + "/21217/versions/"));
        assertThat(browser.text()).contains("Tình hình ANTT trên địa bàn xã cơ bản ổn định.");
        browser.check("bao-cao-cua-xa");

        // Back up through the breadcrumb.
        browser.open(base() + "/dashboard/" + plan + "/527");
        browser.click("#breadcrumb a");
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> java.net.URI.create(browser.driver().getCurrentUrl()).getPath().endsWith("/dashboard/" + plan + "/51"));

        // The status board: its counts are the API's, the commune's row says where its report stands.
        // Meanwhile Tịnh Hà's clerk has started its report: a draft, which the board shows as "bản nháp".
        ApiClient.Response draft = gatewayAs("vanthu.tinhha").put("/api/drafts/" + plan + "/21220", Map.of("baseRevision", 0,
                "sections", List.of(Map.of("number", "I", "text", "Đang tổng hợp số liệu."))));
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        browser.open(base() + "/status/" + plan);
        JsonNode units = gatewayAs("canbo.congantinh").get("/api/rollups/" + plan + "/nodes/51/units").json();
        for (String standing : List.of("SUBMITTED", "RETURNED", "FINAL")) {
            long api = units.valueStream().filter(u -> u.get("standing").asString().equals(standing)).count();
            assertThat(browser.find("#count-" + standing).getAttribute("data-count")).as(standing).isEqualTo(Long.toString(api));
        }
        long notSubmitted = units.valueStream().filter(u -> u.get("standing").asString().equals("NOT_SUBMITTED")).count();
        assertThat(browser.find("#count-DRAFT").getAttribute("data-count")).isEqualTo("1");
        assertThat(browser.find("#count-NOT_SUBMITTED").getAttribute("data-count")).isEqualTo(Long.toString(notSubmitted - 1));
        assertThat(browser.find("#unit-21220").getText()).contains("Bản nháp");
        long overdue = units.valueStream().filter(u -> u.get("overdue").asBoolean()).count();
        assertThat(browser.find("#count-overdue").getAttribute("data-count")).isEqualTo(Long.toString(overdue));
        assertThat(browser.all("#units tbody tr")).hasSize(units.size());
        assertThat(browser.find("#unit-21217").getText()).contains("Xã Tịnh Sơn", "Huyện Sơn Tịnh", "Đã gửi", "Phiên bản 1");
        browser.check("bang-tinh-trang");
        browser.open(base() + "/status/" + plan + "?state=NOT_SUBMITTED&sort=name");
        assertThat(browser.all("#units tbody tr")).hasSize((int) notSubmitted - 1);

        // The alerts of a plan that is not due yet, and my inbox with its badge in the header.
        browser.open(base() + "/alerts/" + plan);
        assertThat(browser.find("main").getText()).contains("Chưa có cảnh báo nào");
        browser.check("canh-bao");
        browser.open(base() + "/inbox");
        assertThat(browser.find("h1").getText()).isEqualTo("Hộp thư thông báo");
        browser.find("#inbox-badge");
        browser.check("hop-thu");

        // Another district's officer is refused, and shown why.
        WebSession.signOut(browser);
        WebSession.signIn(browser, base(), "canbo.binhson");
        browser.open(base() + "/dashboard/" + plan + "/527");
        assertThat(browser.find("main").getText()).contains("Không có quyền");
        assertThat(browser.text()).doesNotContain("Xã Tịnh Sơn");
        browser.check("huyen-khac-bi-tu-choi");
    }
}
