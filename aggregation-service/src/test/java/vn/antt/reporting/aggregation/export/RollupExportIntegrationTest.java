package vn.antt.reporting.aggregation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antt.reporting.aggregation.rollup.AggregationApiTest;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * {@code GET /api/rollups/{planId}/nodes/{node}/export} through HTTP with real tokens: the district's workbook holds its
 * communes only and its totals equal the JSON roll-up; a node outside the caller's subtree, an unknown node or plan and
 * a missing token get problem details, never a file.
 */
class RollupExportIntegrationTest extends AggregationApiTest {

    private static final DataFormatter VIETNAMESE = new DataFormatter(Locale.forLanguageTag("vi-VN"));

    @Test
    void theDistrictDownloadsItsRollupWhoseRowsAndTotalsEqualTheJson() throws Exception {
        String planId = "kh-xuat-" + UUID.randomUUID().toString().substring(0, 8);
        publish(planOf(planId, List.of(Units.tinhSon(), Units.tinhHa(), Units.binhHai())).build());
        KafkaEvents.publish(ReportSubmittedMother.aReportSubmitted().plan(planId).unit(Units.tinhSon()).build());
        ApiClient district = as(Units.SON_TINH, "REVIEWER");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                district.get(path(planId, Units.SON_TINH)).json().path("counts").path("submitted").path("count").asInt() == 1);
        JsonNode rollup = district.get(path(planId, Units.SON_TINH) + "?kind=COMMUNE").json();

        ApiClient.BinaryResponse file = district.getBytes(path(planId, Units.SON_TINH) + "/export");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"So-lieu-119-KH-UBND-Huyen-Son-Tinh.xlsx\"; "
                + "filename*=UTF-8''S%E1%BB%91%20li%E1%BB%87u%20119-KH-UBND%20-%20Huy%E1%BB%87n%20S%C6%A1n%20T%E1%BB%8Bnh.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            XSSFSheet communes = workbook.getSheet("Xã, phường, thị trấn");
            List<String> header = texts(communes.getRow(0));
            int sessions = header.indexOf("Số lượt tuyên truyền trực tiếp (lượt)");
            assertThat(texts(communes.getRow(1)).subList(1, 5)).containsExactly(Units.TINH_SON, "Xã Tịnh Sơn", "Huyện Sơn Tịnh", "Đã nộp, chờ thẩm định");
            assertThat(VIETNAMESE.formatCellValue(communes.getRow(1).getCell(sessions))).isEqualTo("hơn 100");
            assertThat(texts(communes.getRow(2)).subList(1, 3)).containsExactly(Units.TINH_HA, "Thị trấn Tịnh Hà");
            Row totals = communes.getRow(3);
            assertThat(totals.getCell(2).getStringCellValue()).isEqualTo("Tổng cộng");
            for (JsonNode figure : rollup.path("figures")) {
                JsonNode provisional = figure.path("provisional");
                int column = header.indexOf(figure.path("label").asString()
                        + (figure.path("unitOfMeasure").isNull() ? "" : " (" + figure.path("unitOfMeasure").asString() + ")"));
                if (column >= 0 && provisional.path("units").asInt() > 0 && !figure.path("type").asString().equals("CLASSIFICATION")) {
                    assertThat(totals.getCell(column).getNumericCellValue()).as(figure.path("indicator").asString())
                            .isEqualTo(provisional.path("amount").decimalValue().doubleValue());
                }
            }
            assertThat(workbook.getSheet("Tình trạng").getLastRowNum()).as("the district's two communes").isEqualTo(2);
        }
    }

    @Test
    void aNodeOutsideMySubtreeAnUnknownNodeOrPlanAndNoTokenGetProblemDetails() {
        String planId = "kh-xuat-tu-choi-" + UUID.randomUUID().toString().substring(0, 8);
        publish(planOf(planId, List.of(Units.tinhSon(), Units.binhHai())).build());
        ApiClient binhSon = as(Units.BINH_SON, "REVIEWER");
        assertProblem(binhSon.getBytes(path(planId, Units.SON_TINH) + "/export"), 403, "access-refused");
        assertProblem(as(Units.TINH_SON, "CLERK").getBytes(path(planId, Units.QUANG_NGAI) + "/export"), 403, "access-refused");
        assertProblem(binhSon.getBytes(path(planId, "99999") + "/export"), 404, "node-not-in-plan");
        assertProblem(binhSon.getBytes(path("khong-co", Units.BINH_SON) + "/export"), 404, "plan-not-known");
        assertThat(ApiClient.on(port).getBytes(path(planId, Units.BINH_SON) + "/export").status()).isEqualTo(401);
    }

    private static void assertProblem(ApiClient.BinaryResponse response, int status, String rule) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("Content-Disposition")).isNull();
        JsonNode problem = JsonMapper.builder().build().readTree(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(problem.path("rule").asString()).isEqualTo(rule);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : VIETNAMESE.formatCellValue(cell));
        }
        return texts;
    }
}
