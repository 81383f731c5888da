package vn.antt.reporting.aggregation.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.SyntheticReform;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * "So với cùng kỳ" across the reform, on the directory events planning-service publishes for {@link SyntheticReform}
 * (checked there by {@code PredecessorLinkFixIntegrationTest}): a plan issued before 1/7/2025 for four communes of Sơn
 * Tịnh, a plan of 2026 for the four new communes comparing with it. Each new commune's previous figure is the sum of its
 * predecessors' (the split Xã Tịnh Giang counted once, for Xã Giang Minh which received its remainder); the province
 * compares like with like (Xã Minh Long, formed from no expected unit, is left out and the text says on how many units
 * the comparison rests) until an administrator's fix links it to Xã Tịnh Minh. Every number is computed here by hand.
 */
class ComparisonAcrossTheReformIntegrationTest extends AggregationApiTest {

    private static final String SESSIONS = "propaganda.sessions";

    @Test
    void eachNewUnitComparesWithTheSumOfItsPredecessorsAndTheProvinceLikeWithLike() throws Exception {
        SyntheticReform.oldUnits().forEach(KafkaEvents::publish);
        KafkaEvents.publish(SyntheticReform.tinhHiepClosed());
        SyntheticReform.newUnits().forEach(KafkaEvents::publish);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String beforeId = "kh-2025-truoc-" + suffix;
        String afterId = "kh-2026-sau-" + suffix;
        publish(SyntheticReform.planBefore(beforeId).outline(OUTLINE_ID).build());
        publish(SyntheticReform.planAfter(afterId, beforeId).outline(OUTLINE_ID).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(SyntheticReform.HIEP_BINH, SyntheticReform.AFTER_ISSUED)
                .map(u -> u.predecessors().size() == 2).orElse(false)
                && directory.find(SyntheticReform.DONG_GIANG, SyntheticReform.AFTER_ISSUED).map(u -> u.revision() == 2).orElse(false));

        submit(beforeId, SyntheticReform.tinhHiep(), 30);
        submit(beforeId, SyntheticReform.tinhBinh(), 21);
        submit(beforeId, SyntheticReform.tinhGiang(), 11);
        submit(beforeId, SyntheticReform.tinhMinh(), 9);
        submit(afterId, SyntheticReform.hiepBinh(), 43);
        submit(afterId, SyntheticReform.giangMinh(), 13);
        submit(afterId, SyntheticReform.dongGiang(), 7);
        submit(afterId, SyntheticReform.minhLong(), 7);

        ApiClient province = as(Units.QUANG_NGAI, "REVIEWER");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(sessions(province, afterId, Units.QUANG_NGAI).path("provisional").path("amount").asInt()).isEqualTo(43 + 13 + 7 + 7);
            assertThat(sessions(province, beforeId, Units.QUANG_NGAI).path("provisional").path("amount").asInt()).isEqualTo(30 + 21 + 11 + 9);
        });

        // Xã Hiệp Bình (code reused from Xã Tịnh Hiệp): 30 + 21 = 51 before; 43 now: (43 − 51) / 51 = −15,7%.
        JsonNode hiepBinh = sessions(province, afterId, SyntheticReform.HIEP_BINH).path("comparison");
        assertThat(hiepBinh.path("previous").asInt()).isEqualTo(30 + 21);
        assertThat(hiepBinh.path("text").asString()).isEqualTo("giảm 15,7% so với cùng kỳ năm 2025 (43/51 lượt)");
        assertThat(hiepBinh.path("basis").path("text").asString()).isEqualTo("gồm số liệu cùng kỳ của Xã Tịnh Hiệp, Xã Tịnh Bình");
        assertThat(hiepBinh.path("basis").path("summed").valueStream().map(p -> p.path("code").asString()))
                .containsExactly(SyntheticReform.TINH_HIEP, SyntheticReform.TINH_BINH);
        // Xã Giang Minh received the remainder of Xã Tịnh Giang: its whole 11; (13 − 11) / 11 = +18,2%.
        JsonNode giangMinh = sessions(province, afterId, SyntheticReform.GIANG_MINH).path("comparison");
        assertThat(giangMinh.path("previous").asInt()).isEqualTo(11);
        assertThat(giangMinh.path("text").asString()).isEqualTo("tăng 18,2% so với cùng kỳ năm 2025 (13/11 lượt)");
        assertThat(giangMinh.path("basis").path("text").asString()).isEqualTo("gồm số liệu cùng kỳ của Xã Tịnh Giang");
        // Xã Đông Giang's only predecessor is counted for Xã Giang Minh: nothing to compare, and it says why.
        JsonNode dongGiang = sessions(province, afterId, SyntheticReform.DONG_GIANG).path("comparison");
        assertThat(dongGiang.path("previous").isNull()).isTrue();
        assertThat(dongGiang.path("text").asString()).isEqualTo("không có số liệu cùng kỳ");
        assertThat(dongGiang.path("basis").path("text").asString())
                .isEqualTo("không có số liệu cùng kỳ của đơn vị trước sắp xếp; Xã Tịnh Giang tính cho Xã Giang Minh");
        // Xã Minh Long: formed from no unit of the comparison plan (yet).
        assertThat(sessions(province, afterId, SyntheticReform.MINH_LONG).path("comparison").isNull()).isTrue();
        // The province, like with like: the 3 comparable units, 43 + 13 + 7 = 63 against 30 + 21 + 11 = 62 (Xã Tịnh Giang once).
        JsonNode whole = sessions(province, afterId, Units.QUANG_NGAI);
        assertThat(whole.path("provisional").path("amount").asInt()).isEqualTo(70);
        JsonNode provinceComparison = whole.path("comparison");
        assertThat(provinceComparison.path("previous").asInt()).isEqualTo(62);
        assertThat(provinceComparison.path("text").asString())
                .isEqualTo("tăng 1,6% so với cùng kỳ năm 2025 (63/62 lượt, so sánh trên 3/4 đơn vị)");
        assertThat(provinceComparison.path("basis").path("units").asInt()).isEqualTo(3);
        assertThat(provinceComparison.path("basis").path("of").asInt()).isEqualTo(4);
        assertThat(provinceComparison.path("basis").path("text").asString())
                .isEqualTo("gồm số liệu cùng kỳ của Xã Tịnh Hiệp, Xã Tịnh Bình, Xã Tịnh Giang");
        // The Excel roll-up writes the same comparison with what it rests on.
        assertThat(excelComparison(province, afterId, Units.QUANG_NGAI)).isEqualTo(
                "tăng 1,6% so với cùng kỳ năm 2025 (63/62 lượt, so sánh trên 3/4 đơn vị) — gồm số liệu cùng kỳ của Xã Tịnh Hiệp, Xã Tịnh Bình, Xã Tịnh Giang");
        // The comparison plan itself (before → before) is untouched by the lineage: no comparison plan, no comparison.
        assertThat(sessions(province, beforeId, Units.QUANG_NGAI).path("comparison").isNull()).isTrue();

        // An administrator links Xã Minh Long to Xã Tịnh Minh (planning-service republishes it): 7 against 9 = −22,2%;
        // the province compares all 4 units, 70 against 71 = −1,4%.
        UnitChanged fixed = SyntheticReform.minhLongAfterFix();
        KafkaEvents.publish(fixed);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sessions(province, afterId, SyntheticReform.MINH_LONG)
                .path("comparison").path("text").asString()).isEqualTo("giảm 22,2% so với cùng kỳ năm 2025 (7/9 lượt)"));
        JsonNode afterFix = sessions(province, afterId, Units.QUANG_NGAI).path("comparison");
        assertThat(afterFix.path("previous").asInt()).isEqualTo(71);
        assertThat(afterFix.path("text").asString()).isEqualTo("giảm 1,4% so với cùng kỳ năm 2025 (70/71 lượt)");
        assertThat(afterFix.path("basis").path("text").asString())
                .isEqualTo("gồm số liệu cùng kỳ của Xã Tịnh Hiệp, Xã Tịnh Bình, Xã Tịnh Giang, Xã Tịnh Minh");
    }

    private static JsonNode sessions(ApiClient client, String planId, String node) {
        ApiClient.Response response = client.get(path(planId, node));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return QuangNgaiRollupIntegrationTest.indicator(response.json(), SESSIONS);
    }

    /** The "Tổng hợp" sheet's comparison cell of the sessions' row. */
    private static String excelComparison(ApiClient client, String planId, String node) throws Exception {
        ApiClient.BinaryResponse file = client.getBytes(path(planId, node) + "/export");
        assertThat(file.status()).isEqualTo(200);
        String label = QuangNgaiRollupIntegrationTest.indicator(client.get(path(planId, node)).json(), SESSIONS).path("label").asString();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            for (Row row : workbook.getSheet("Tổng hợp")) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && label.equals(row.getCell(0).getStringCellValue()) && row.getCell(5) != null) {
                    return row.getCell(5).getStringCellValue();
                }
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static void submit(String planId, UnitRef unit, long sessions) {
        KafkaEvents.publish(ReportSubmittedMother.aReportSubmitted().plan(planId).unit(unit).version(1)
                .submissionId(planId + ":" + unit.code() + ":1").figures(List.of(FigureValue.exact(SESSIONS, sessions))).build());
    }
}
