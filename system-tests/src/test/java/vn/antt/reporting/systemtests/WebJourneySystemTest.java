package vn.antt.reporting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.OidcLogin;


/**
 * The people of the platform doing their job in the browser, against the real processes: Tịnh Sơn's clerk signs in,
 * fills seed 000's report through the form generated from the plan's outline (sections, figures with their
 * qualifiers: hơn 100 lượt tuyên truyền, hơn 8.000 lượt người), meets a warning, confirms it and submits; the district
 * reviewer returns it with a note on one figure; the clerk reads the note beside that figure, corrects it and
 * resubmits; the district accepts, the province accepts; the clerk sees "Hoàn tất". A clerk opening another unit's
 * report and a reviewer outside the subtree are refused. Every page: a screenshot and axe-core.
 */
class WebJourneySystemTest {

    private static RunningPlatform platform;
    private static String plan;

    @BeforeAll
    static void platformAndPlan() throws Exception {
        platform = SharedPlatform.get();
        plan = issueCopyOfPlan119("kh-web-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static String issueCopyOfPlan119(String planId) {
        return WebSession.issueCopyOfPlan119(platform, planId);
    }

    private static String base() {
        return platform.browserUrl();
    }

    private static void signIn(Browser browser, String user) {
        WebSession.signIn(browser, base(), user);
    }

    private static void signOut(Browser browser) {
        WebSession.signOut(browser);
    }

    private static String form(String planId, String unit) {
        return base() + "/reports/" + planId + "/" + unit;
    }

    @Test
    void aReportGoesFromTheCommuneClerkThroughDistrictAndProvinceInTheBrowser() {
        try (Browser browser = new Browser("journey")) {
            try {
                journey(browser);
            } catch (RuntimeException | AssertionError failure) {
                browser.failed(failure);
                throw failure;
            }
        }
    }

    private static void journey(Browser browser) {
        {
            // The clerk signs in at the issuer (the page has the application's look) and lands on the home page.
            browser.open(base() + "/");
            browser.find("#username");
            assertThat(browser.text()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu");
            browser.check("dang-nhap");
            signIn(browser, "vanthu.tinhson");
            browser.find("#standing-" + plan);
            assertThat(browser.find("#standing-" + plan).getText()).contains("Chưa gửi");
            assertThat(browser.text()).contains("Kế hoạch 119/KH-UBND", "còn 29 ngày");
            browser.check("trang-chu-van-thu");
            browser.phone("trang-chu-van-thu");

            // The plan's own page (where the e-mails about an issued or amended plan lead): what it asks, and the outline.
            browser.click("a[href='/plans/" + plan + "']");
            browser.find("#outline-title");
            assertThat(browser.text()).contains("Kế hoạch 119/KH-UBND", "Cơ quan ban hành", "Kỳ báo cáo", "09/11/2015",
                    "I. ĐÁNH GIÁ TÌNH HÌNH", "Chưa gửi");
            browser.check("ke-hoach");

            // The form from the outline: headings, guidance, a text area per section, figures with qualifiers.
            browser.click("a[href='/reports/" + plan + "/21217']");
            browser.find("#report-form");
            assertThat(browser.text()).contains("I. ĐÁNH GIÁ TÌNH HÌNH", "II.2.1. Kết quả thực hiện các mặt công tác phối hợp",
                    "Hướng dẫn: Đánh giá về các nội dung mang tính chất định lượng phải có số liệu chứng minh.",
                    "Số lượt người tham dự", "Vụ án khám phá – đối tượng");
            browser.check("bao-cao-trong");

            // A save from a second tab: the first tab's save then shows a conflict and overwrites nothing.
            String first = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.open(form(plan, "21217"));
            browser.fill("#in-section-I", "Nội dung nhập ở thẻ thứ hai.");
            browser.click("#save-draft");
            await().ignoreExceptions().atMost(Duration.ofSeconds(20)).until(() -> browser.find("#save-status").getText().contains("Đã lưu bản nháp"));
            browser.driver().close();
            browser.driver().switchTo().window(first);
            browser.fill("#in-section-I", "Nội dung nhập ở thẻ thứ nhất.");
            browser.click("#save-draft");
            await().ignoreExceptions().atMost(Duration.ofSeconds(20)).until(() -> !browser.all("#draft-conflict").isEmpty());
            assertThat(browser.find("#draft-conflict").getText()).contains("Không có gì bị ghi đè");
            browser.check("xung-dot-ban-nhap");
            browser.open(form(plan, "21217"));
            assertThat(browser.find("#in-section-I").getAttribute("value")).isEqualTo("Nội dung nhập ở thẻ thứ hai.");

            fillSeed000(browser);
            submitAndWaitIdle(browser);
            // The budget's parts do not add up (a warning, seed 002's slip): shown beside the figure, to confirm.
            browser.find("#confirmWarnings");
            assertThat(browser.find("#warnings").getText()).contains("Tổng kinh phí không bằng tổng các khoản thành phần");
            assertThat(browser.find("#in-fig-budget-total-a-messages").getText()).contains("Tổng kinh phí không bằng");
            assertThat(browser.find("#in-fig-propaganda-attendees-a").getAttribute("value")).isEqualTo("8.000");
            browser.check("canh-bao-can-xac-nhan");
            browser.click("#confirmWarnings");
            submitAndWaitIdle(browser);
            browser.find("#version-status");
            assertThat(browser.text()).contains("Đã gửi báo cáo (phiên bản 1)", "hơn 100 lượt", "hơn 8.000 lượt người",
                    "gần 100.000.000 đồng", "Số: 163/BC-UBND, ngày 06/06/2025");
            browser.check("phien-ban-1");
            signOut(browser);

            // The district's reviewer finds it in the worklist and returns it with a note on one figure.
            signIn(browser, "canbo.sontinh");
            browser.check("trang-chu-can-bo-huyen");
            browser.open(base() + "/review/" + plan);
            await().ignoreExceptions().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.open(base() + "/review/" + plan);
                return !browser.all("#case-21217").isEmpty();
            });
            assertThat(browser.find("#case-21217").getText()).contains("Xã Tịnh Sơn", "1 cảnh báo");
            browser.check("danh-sach-tham-dinh-huyen");
            browser.click("#case-21217 a");
            browser.find("#return-form");
            browser.check("tham-dinh-ho-so");
            browser.fill("#note-f-propaganda-attendees", "Đề nghị ghi đúng số lượt người tham dự theo sổ theo dõi (8.250 lượt).");
            browser.fill("#reason", "Số liệu tuyên truyền chưa khớp với sổ theo dõi, đề nghị rà soát lại.");
            browser.click("#return");
            assertThat(browser.find(".alert-success").getText()).contains("Đã trả lại báo cáo của Xã Tịnh Sơn");
            signOut(browser);

            // The message about the return (its e-mail carries the same link) opens, after sign-in, the page it speaks of.
            ApiClient clerkApi = new ApiClient(platform.url("gateway"))
                    .as(OidcLogin.accessToken(platform.issuer(), "vanthu.tinhson", "demo"));
            String link = await().ignoreExceptions().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                    .until(() -> clerkApi.get("/api/inbox").json().valueStream()
                            .filter(m -> m.path("eventType").asString().contains("report-returned")
                                    && m.path("link").asString().contains("/reports/" + plan + "/21217"))
                            .map(m -> m.path("link").asString()).findFirst().orElse(null), java.util.Objects::nonNull);
            // It leads to the returned version (its notes and the way to correct it).
            assertThat(link).startsWith(form(plan, "21217") + "/versions/");
            browser.open(link);
            browser.type("#username", "vanthu.tinhson");
            browser.type("#password", "demo");
            browser.click("button[type=submit]");
            await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().equals(link));
            // The message and the version's status travel separately (notification-service, submission-service).
            await().ignoreExceptions().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.open(link);
                return browser.find("#version-status").getText().contains("Bị trả lại");
            });
            browser.check("lien-ket-thu-sau-dang-nhap");

            // The clerk sees the return, the note beside that figure, corrects it and resubmits.
            await().ignoreExceptions().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.open(base() + "/");
                return browser.find("#standing-" + plan).getText().contains("Bị trả lại");
            });
            browser.check("trang-chu-bi-tra-lai");
            browser.click("a[href='/reports/" + plan + "/21217']");
            WebElement attendees = browser.find("#in-fig-propaganda-attendees-group");
            assertThat(attendees.getText()).contains("Ghi chú của cán bộ thẩm định", "8.250 lượt");
            assertThat(browser.find("#returned-reason").getText()).contains("Số liệu tuyên truyền chưa khớp");
            assertThat(browser.find("#in-fig-propaganda-sessions-group").getText()).doesNotContain("Ghi chú của cán bộ thẩm định");
            browser.check("bao-cao-bi-tra-lai");
            new org.openqa.selenium.support.ui.Select(browser.find("#in-fig-propaganda-attendees-q")).selectByValue("EXACT");
            browser.type("#in-fig-propaganda-attendees-a", "8.250");
            submitAndWaitIdle(browser);
            browser.click("#confirmWarnings");
            submitAndWaitIdle(browser);
            browser.find("#version-status");
            assertThat(browser.text()).contains("phiên bản 2", "8.250 lượt người", "Trước đây: hơn 8.000 lượt người");
            browser.check("phien-ban-2");
            signOut(browser);

            // The district accepts the corrected version (it sees what changed), the province accepts it.
            signIn(browser, "canbo.sontinh");
            await().ignoreExceptions().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.open(base() + "/review/" + plan + "/21217");
                return browser.text().contains("phiên bản 2") && !browser.all("#accept").isEmpty();
            });
            assertThat(browser.text()).contains("Có thay đổi", "Trước đây: hơn 8.000 lượt người");
            browser.check("tham-dinh-phien-ban-2");
            browser.click("#accept");
            assertThat(browser.find(".alert-success").getText()).contains("Đã chấp nhận báo cáo của Xã Tịnh Sơn (phiên bản 2)");
            signOut(browser);

            signIn(browser, "canbo.congantinh");
            await().ignoreExceptions().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.open(base() + "/review/" + plan);
                return !browser.all("#select-21217").isEmpty();
            });
            browser.check("danh-sach-tham-dinh-tinh");
            browser.click("#select-21217");
            browser.click("#accept-selected");
            assertThat(browser.find(".alert-success").getText()).contains("Đã chấp nhận 1 báo cáo: Xã Tịnh Sơn");
            signOut(browser);

            signIn(browser, "vanthu.tinhson");
            await().ignoreExceptions().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.open(base() + "/");
                return browser.find("#standing-" + plan).getText().contains("Hoàn tất");
            });
            browser.check("trang-chu-hoan-tat");

            // Another unit's report: refused, nothing of it shown.
            browser.open(form(plan, "21220"));
            assertThat(browser.find("h1").getText()).isEqualTo("Không có quyền");
            assertThat(browser.text()).doesNotContain("Thông tin văn bản", "Thị trấn Tịnh Hà");
            browser.check("khong-co-quyen");
            signOut(browser);

            // A reviewer of another district can neither see nor act on Tịnh Sơn's report.
            signIn(browser, "canbo.binhson");
            browser.open(base() + "/review/" + plan + "/21217");
            assertThat(browser.find("h1").getText()).isIn("Không có quyền", "Không tìm thấy");
            assertThat(browser.all("#accept")).isEmpty();
            assertThat(browser.all("#return")).isEmpty();
            signOut(browser);

            // The district's clerk: its level's compiled report (the accepted commune summed) and bulk entry.
            signIn(browser, "vanthu.sontinh");
            browser.open(base() + "/compilation/" + plan);
            assertThat(browser.text()).contains("Xã Tịnh Sơn (phiên bản 2)", "8.250 lượt người");
            browser.check("tong-hop-huyen");
            browser.open(base() + "/bulk/" + plan);
            browser.find("#sheet");
            browser.check("nhap-hang-loat");
            signOut(browser);
        }
    }

    private static void submitAndWaitIdle(Browser browser) {
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).until(browser::idle);
        browser.click("#submit-report");
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().findElements(By.cssSelector("h1")).size() > 0);
    }

    /** Seed 000 (163/BC-UBND of Tịnh Sơn, 06/6/2025), its diacritics restored, typed as the clerk would. */
    private static void fillSeed000(Browser browser) {
        browser.type("#in-doc-number", "163/BC-UBND");
        browser.type("#in-doc-issuedOn", "06/06/2025");
        browser.type("#in-doc-signer", "Chủ tịch UBND xã Tịnh Sơn");
        browser.type("#in-doc-signerTitle", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH");
        browser.fill("#in-doc-recipients", "Văn phòng HĐND&UBND huyện;\nCông an xã;\nLưu VP.");
        browser.fill("#in-section-I", "Tình hình an ninh chính trị, trật tự, an toàn xã hội trên địa bàn xã cơ bản ổn định. "
                + "Không có vụ việc liên quan đến ANTT nghiêm trọng xảy ra; không có “điểm nóng, điểm phức tạp” về ANTT tồn tại trên địa bàn xã.");
        browser.fill("#in-section-II-1", "Bám sát sự chỉ đạo của cấp trên, UBND xã đã nghiêm túc quán triệt, triển khai hiệu quả "
                + "Quyết định số 357/QĐ-UBND ngày 09/11/2015 của UBND tỉnh ban hành Quy chế phối hợp giữa lực lượng Công an với các "
                + "cơ quan, doanh nghiệp trên địa bàn tỉnh Quảng Ngãi trong công tác bảo đảm ANTT.");
        browser.fill("#in-section-II-2-1", "Trong 10 năm qua, UBND xã đã chỉ đạo Công an xã chủ động phối hợp chặt chẽ với các cơ quan, "
                + "ban ngành, hội đoàn thể, doanh nghiệp, trường học trên địa bàn xã, nổi bật là đã tổ chức hơn 100 lượt tuyên truyền "
                + "trực tiếp tại các cơ quan, trường học, khu dân cư với hơn 8.000 lượt người tham dự.");
        browser.fill("#in-section-II-2-2", "Các cơ quan, đơn vị có liên quan trên địa bàn xã đã triển khai thực hiện nghiêm túc theo "
                + "đúng chức năng, nhiệm vụ được giao.");
        browser.fill("#in-section-III", "Công tác quán triệt, triển khai thực hiện Quyết định số 357/QĐ-UBND và Quy chế phối hợp "
                + "được thực hiện nghiêm túc, bài bản; vai trò lãnh đạo, chỉ đạo của cấp ủy, chính quyền xã được thể hiện rõ nét.");
        browser.fill("#in-section-IV", "Đối với địa bàn xã Tịnh Sơn, dự báo tình hình ANTT vẫn tiếp tục ổn định về cơ bản, song "
                + "tiềm ẩn các yếu tố gây mất an ninh như: mâu thuẫn trong nội bộ Nhân dân, vi phạm quy định về đất đai.");
        browser.fill("#in-section-V", "Quan tâm đầu tư kinh phí, cơ sở vật chất, công cụ hỗ trợ, phương tiện kỹ thuật cho lực lượng "
                + "Công an xã phục vụ nhiệm vụ bảo đảm ANTT.");
        figure(browser, "propaganda-sessions", "MORE_THAN", "100");
        figure(browser, "propaganda-attendees", "MORE_THAN", "8.000");
        figure(browser, "propaganda-posters", "MORE_THAN", "40");
        figure(browser, "propaganda-radio-items", "MORE_THAN", "55");
        figure(browser, "tips-received", "MORE_THAN", "10");
        figure(browser, "cases-investigated", "EXACT", "20");
        figure(browser, "violations-administrative", "EXACT", "30");
        figure(browser, "violations-fines-vnd", "NEARLY", "100.000.000");
        figure(browser, "patrols-armed", "MORE_THAN", "300");
        figure(browser, "weapons-guns-homemade", "EXACT", "3");
        figure(browser, "weapons-knives-homemade", "EXACT", "6");
        figure(browser, "weapons-firecracker-boxes", "EXACT", "2");
        figure(browser, "budget-total", "EXACT", "11.644.000.000");
        figure(browser, "budget-uniforms", "EXACT", "8.642.950.000");
        figure(browser, "budget-equipment", "EXACT", "3.001.182.000");
    }

    private static void figure(Browser browser, String id, String qualifier, String amount) {
        new org.openqa.selenium.support.ui.Select(browser.find("#in-fig-" + id + "-q")).selectByValue(qualifier);
        browser.type("#in-fig-" + id + "-a", amount);
    }
}
