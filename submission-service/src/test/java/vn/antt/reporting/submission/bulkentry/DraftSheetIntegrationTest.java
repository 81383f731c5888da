package vn.antt.reporting.submission.bulkentry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.submission.draft.Draft;
import vn.antt.reporting.submission.submission.SubmissionApiTest;
import vn.antt.reporting.testsupport.ApiClient;

/**
 * Sơn Tịnh's clerk enters its communes' figures from one Excel sheet: a draft per row that the commune then
 * sees and completes; a sheet with any bad cell changes nothing and names every bad cell.
 */
class DraftSheetIntegrationTest extends SubmissionApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private String plan() {
        return newPlan119("kh-bang-");
    }

    private ApiClient districtClerk() {
        return as("vanthu.sontinh", Units.SON_TINH, "CLERK");
    }

    private static JsonNode figure(JsonNode draft, String indicator) {
        return draft.path("figures").valueStream().filter(f -> f.path("indicator").asString().equals(indicator))
                .findFirst().orElseThrow(() -> new AssertionError(indicator + " missing in " + draft));
    }

    @Test
    void theTemplateListsTheSubUnitsAndTheFilledSheetBecomesTheirDrafts() throws Exception {
        String plan = plan();
        ApiClient.BinaryResponse template = districtClerk().getBytes("/api/drafts/" + plan + "/sheet/template");
        assertThat(template.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(2))).endsWith("[propaganda.sessions]");
            assertThat(List.of(cells.formatCellValue(sheet.getRow(1).getCell(0)), cells.formatCellValue(sheet.getRow(2).getCell(0))))
                    .containsExactlyInAnyOrder(Units.TINH_SON, Units.TINH_HA);
            assertThat(sheet.getLastRowNum()).as("Bình Hải is in Bình Sơn, not in Sơn Tịnh").isEqualTo(2);
        }

        // Tịnh Sơn already has a draft with a section: the sheet adds figures and keeps the text.
        ApiClient communeClerk = as("vanthu.tinhson", Units.TINH_SON, "CLERK");
        assertThat(communeClerk.put("/api/drafts/" + plan + "/" + Units.TINH_SON, Map.of("baseRevision", 0,
                "sections", List.of(Map.of("number", "I", "text", "Tình hình an ninh chính trị cơ bản ổn định.")))).status())
                .isEqualTo(200);

        ApiClient.Response imported = districtClerk().postFile("/api/drafts/" + plan + "/sheet", "sheet", "Sơn Tịnh.xlsx", XLSX,
                DraftSheetMother.sonTinhFor119().xlsx());

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("draftCount").asInt()).isEqualTo(2);
        JsonNode tinhSon = communeClerk.get("/api/drafts/" + plan + "/" + Units.TINH_SON).json().path("draft");
        assertThat(tinhSon.path("revision").asLong()).isEqualTo(2);
        assertThat(tinhSon.path("sections").get(0).path("text").asString()).startsWith("Tình hình an ninh");
        assertThat(figure(tinhSon, "propaganda.attendees").path("qualifier").asString()).isEqualTo("MORE_THAN");
        assertThat(figure(tinhSon, "propaganda.attendees").path("amount").decimalValue()).isEqualByComparingTo("8000");
        assertThat(figure(tinhSon, "safe-hamlets").path("secondAmount").intValue()).isEqualTo(9);
        Draft tinhHa = mongo.findById(Draft.idOf(plan, Units.TINH_HA), Draft.class);
        assertThat(tinhHa.revision()).isEqualTo(1);
        assertThat(tinhHa.savedBy()).isEqualTo("vanthu.sontinh");
        assertThat(tinhHa.figures()).hasSize(4);
    }

    @Test
    void aSheetWithBadCellsNamesEachOneAndChangesNothing() {
        String plan = plan();
        ApiClient clerk = districtClerk();
        assertThat(clerk.postFile("/api/drafts/" + plan + "/sheet", "sheet", "lan-1.xlsx", XLSX,
                DraftSheetMother.sonTinhFor119().xlsx()).status()).isEqualTo(200);

        ApiClient.Response refused = clerk.postFile("/api/drafts/" + plan + "/sheet", "sheet", "lan-2.xlsx", XLSX,
                DraftSheetMother.withHeader("Mã đơn vị", "Tên đơn vị", "propaganda.sessions", "safe-hamlets")
                        .row(Units.TINH_SON, "Xã Tịnh Sơn", "200", "10/9")
                        .row(Units.TINH_HA, "Xã Tịnh Hà", "mười hai", "7/8")
                        .row(Units.BINH_HAI, "Xã Bình Hải", "5", null)
                        .row(Units.TINH_SON, "Xã Tịnh Sơn (lặp)", "1", null)
                        .xlsx());

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("rule").asString()).isEqualTo("invalid-draft-sheet");
        assertThat(refused.json().path("errors").valueStream().map(e -> e.path("cell").asString()).toList())
                .containsExactly("C3", "A4", "A5");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("propaganda.sessions");
        // The valid first row was not written either: both drafts are as the first import left them.
        Draft tinhSon = mongo.findById(Draft.idOf(plan, Units.TINH_SON), Draft.class);
        assertThat(tinhSon.revision()).isEqualTo(1);
        assertThat(tinhSon.figures()).filteredOn(f -> f.indicator().equals("propaganda.sessions")).first()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("100"));
        assertThat(mongo.findById(Draft.idOf(plan, Units.TINH_HA), Draft.class).revision()).isEqualTo(1);
        assertThat(mongo.findById(Draft.idOf(plan, Units.BINH_HAI), Draft.class)).isNull();
    }

    @Test
    void whatIsNotAWorkbookOrComesFromACommuneIsRefused() {
        String plan = plan();
        ApiClient.Response notXlsx = districtClerk().postFile("/api/drafts/" + plan + "/sheet", "sheet", "bang.xlsx", XLSX,
                "Mã đơn vị;propaganda.sessions\n21217;100\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ApiClient.Response fromCommune = as("vanthu.tinhson", Units.TINH_SON, "CLERK")
                .postFile("/api/drafts/" + plan + "/sheet", "sheet", "bang.xlsx", XLSX,
                        DraftSheetMother.withHeader("Mã đơn vị", "propaganda.sessions").row(Units.TINH_HA, "5").xlsx());
        ApiClient.Response reviewer = as("canbo.sontinh", Units.SON_TINH, "REVIEWER")
                .postFile("/api/drafts/" + plan + "/sheet", "sheet", "bang.xlsx", XLSX, DraftSheetMother.sonTinhFor119().xlsx());

        assertThat(notXlsx.status()).isEqualTo(415);
        assertThat(notXlsx.json().path("errors").get(0).path("field").asString()).isEqualTo("sheet");
        assertThat(fromCommune.status()).isEqualTo(400);
        assertThat(fromCommune.json().path("errors").get(0).path("cell").asString()).isEqualTo("A2");
        assertThat(reviewer.status()).isEqualTo(403);
        assertThat(mongo.findById(Draft.idOf(plan, Units.TINH_HA), Draft.class)).isNull();
    }
}
