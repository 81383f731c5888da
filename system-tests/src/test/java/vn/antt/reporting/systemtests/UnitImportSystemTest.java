package vn.antt.reporting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.OidcLogin;

/**
 * The province's administrator imports a unit list file in the browser, against the real processes: the progress bar
 * (polled by htmx) only moves forward and reaches 100 %, then the report; the same file again changes nothing; a file
 * with errors shows the refused records and nothing of it is stored (checked through the API). A clerk cannot open
 * the page. Every page: a screenshot and axe-core.
 */
class UnitImportSystemTest {

    private static RunningPlatform platform;

    @BeforeAll
    static void platform() throws Exception {
        platform = SharedPlatform.get();
    }

    private static String base() {
        return platform.browserUrl();
    }

    private static ApiClient gatewayAs(String user) {
        return new ApiClient(platform.url("gateway")).as(OidcLogin.accessToken(platform.issuer(), user, "demo"));
    }

    private static Path file(String name, String json) throws IOException {
        Path dir = Path.of("target", "unit-import-files");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file.toAbsolutePath();
    }

    @Test
    void theProvincesAdministratorImportsAUnitListAndSeesTheProgressAndTheReport() throws IOException {
        String prefix = "51-TH-" + UUID.randomUUID().toString().substring(0, 6);
        Path good = file("truong-hoc-son-tinh.json", """
                {"validFrom": "2025-09-01", "units": [
                  {"code": "%1$s-1", "name": "Trường Tiểu học Tịnh Sơn số 1", "type": "Trường học", "kind": "SCHOOL", "parentCode": "527"},
                  {"code": "%1$s-2", "name": "Trường Tiểu học Tịnh Hà", "type": "Trường học", "kind": "SCHOOL", "parentCode": "527"},
                  {"code": "%1$s-3", "name": "Trường THCS Sơn Tịnh", "type": "Trường học", "kind": "SCHOOL", "parentCode": "527"}]}
                """.formatted(prefix));
        Path bad = file("danh-muc-sai.json", """
                {"units": [
                  {"code": "%1$s-4", "name": "Trường Mầm non Tịnh Sơn", "type": "Trường học", "kind": "SCHOOL", "parentCode": "527"},
                  {"code": "%1$s-5", "type": "Trường học", "kind": "SCHOOL", "parentCode": "527"},
                  {"code": "%1$s-6", "name": "Trường THPT mới", "type": "Trường học", "kind": "SCHOOL", "parentCode": "99999"}]}
                """.formatted(prefix));
        try (Browser browser = new Browser("unitimport")) {
            try {
                importInTheBrowser(browser, prefix, good, bad);
            } catch (RuntimeException | AssertionError failure) {
                browser.failed(failure);
                throw failure;
            }
        }
    }

    private static void importInTheBrowser(Browser browser, String prefix, Path good, Path bad) {
        WebSession.signIn(browser, base(), "quantri.tinh");
        browser.click("#nav-admin");
        assertThat(browser.find("#nav-unit-import").getText()).isEqualTo("Nhập danh mục đơn vị");
        browser.click("#nav-unit-import");
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().endsWith("/admin/units/import"));
        assertThat(browser.text()).contains("Nhập danh mục đơn vị", "Tệp danh mục đơn vị (.json)");
        browser.check("nhap-danh-muc-mau-tai-len");

        // The file: three new schools of Huyện Sơn Tịnh. The bar only moves forward and reaches 100 %.
        List<Integer> percents = upload(browser, good);
        assertThat(percents).isSorted().last().isEqualTo(100);
        assertThat(browser.find("#import-bar").getText()).isEqualTo("100 %");
        assertThat(browser.find("#import-state").getText()).contains("Trạng thái: xong", "đã đọc 3 bản ghi", "đã ghi 3/3 đơn vị");
        assertThat(browser.find("#count-created").getText()).isEqualTo("3");
        assertThat(browser.find("#count-changed").getText()).isEqualTo("0");
        assertThat(browser.find("#count-closed").getText()).isEqualTo("0");
        assertThat(browser.find("#valid-from").getText()).isEqualTo("01/09/2025");
        assertThat(browser.find("#units-created").getText()).contains(prefix + "-1", "Trường Tiểu học Tịnh Sơn số 1",
                "Trường THCS Sơn Tịnh", "01/09/2025");
        // Polling stopped: the finished fragment asks for nothing more.
        assertThat(browser.find("#import-progress").getAttribute("hx-trigger")).isNull();
        browser.check("nhap-danh-muc-ket-qua");
        ApiClient admin = gatewayAs("quantri.tinh");
        ApiClient.Response stored = admin.get("/api/units/" + prefix + "-2");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.json().get("name").asString()).isEqualTo("Trường Tiểu học Tịnh Hà");

        // The same file again: nothing changed.
        browser.click("#import-another");
        upload(browser, good);
        assertThat(browser.find("#nothing-changed").getText()).contains("Không có thay đổi nào");
        assertThat(browser.find("#count-created").getText()).isEqualTo("0");
        assertThat(browser.find("#count-unchanged").getText()).isEqualTo("3");
        assertThat(admin.get("/api/units/" + prefix + "-2").json().get("revision").asLong()).isEqualTo(1);
        browser.check("nhap-danh-muc-khong-doi");

        // A file with errors: the refused records in a table, and nothing of it stored.
        browser.click("#import-another");
        upload(browser, bad);
        assertThat(browser.find("#import-progress").getAttribute("data-state")).isEqualTo("FAILED");
        assertThat(browser.find("#import-refused").getText()).contains("Tệp danh mục đơn vị không hợp lệ",
                "Không đơn vị nào được ghi");
        assertThat(browser.all("#import-errors tbody tr")).hasSize(2);
        assertThat(browser.find("#import-errors").getText()).contains(prefix + "-5", "Đơn vị chưa có tên.", prefix + "-6",
                "Đơn vị cấp trên không có trong tệp và không có trong danh mục.");
        browser.check("nhap-danh-muc-loi");
        for (String code : List.of(prefix + "-4", prefix + "-5", prefix + "-6")) {
            assertThat(admin.get("/api/units/" + code).status()).as(code).isEqualTo(404);
        }

        // A clerk has neither the menu item nor the page.
        WebSession.signOut(browser);
        WebSession.signIn(browser, base(), "vanthu.tinhson");
        assertThat(browser.all("#nav-unit-import")).isEmpty();
        browser.open(base() + "/admin/units/import");
        assertThat(browser.text()).contains("Không có quyền");
        browser.check("nhap-danh-muc-van-thu-bi-tu-choi");
    }

    /** Picks the file, submits, and follows the bar until the job is finished: the percentages it showed. */
    private static List<Integer> upload(Browser browser, Path file) {
        browser.find("#file").sendKeys(file.toString());
        browser.click("#upload");
        List<Integer> percents = new ArrayList<>();
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            String percent = browser.find("#import-progress").getAttribute("data-percent");
            percents.add(Integer.parseInt(percent));
            String state = browser.find("#import-progress").getAttribute("data-state");
            return "DONE".equals(state) || "FAILED".equals(state);
        });
        return percents;
    }
}
