package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.platform.plans.Outlines;
import vn.antt.reporting.platform.text.VietnameseFormat;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * {@code GET /api/compilations/{planId}/{unitCode}/document} through HTTP with real tokens: the district's compiled
 * report, whose appendix rows equal the JSON compilation (each accepted commune's figures and the totals), and every
 * refusal as problem details, never a file.
 */
class CompilationDocumentIntegrationTest extends ReviewApiTest {

    @Autowired
    Outlines outlines;

    @Test
    void theDistrictDownloadsItsCompiledReportWhoseAppendixEqualsTheCompilation() throws IOException {
        KafkaEvents.publish(OutlineMother.outline357());
        await().atMost(Duration.ofSeconds(30)).until(() -> outlines.find(OutlineMother.OUTLINE_357, 1).isPresent());
        String plan = newPlan(demoPlan());
        submit(plan, Units.tinhSon(), 1, ReportSubmittedMother.tinhSonFigures());
        submit(plan, Units.tinhHa(), 1, TINH_HA_FIGURES);
        ApiClient district = reviewer("canbo.sontinh", Units.SON_TINH);
        assertThat(district.post(path(plan, Units.TINH_SON) + "/acceptance", Map.of("version", 1)).status()).isEqualTo(200);
        assertThat(district.post(path(plan, Units.TINH_HA) + "/acceptance", Map.of("version", 1)).status()).isEqualTo(200);

        ApiClient clerk = ApiClient.on(port).as(TestTokens.issue("vanthu.sontinh", Units.SON_TINH, "CLERK"));
        JsonNode compiled = clerk.get("/api/compilations/" + plan + "/" + Units.SON_TINH).json();
        ApiClient.BinaryResponse file = clerk.getBytes("/api/compilations/" + plan + "/" + Units.SON_TINH + "/document");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(file.header("Content-Disposition")).startsWith("attachment; filename=\"Bao-cao-tong-hop-119-KH-UBND-Huyen-Son-Tinh.docx\"; "
                + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p%20119-KH-UBND");

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.body()))) {
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("Số đơn vị đã được tổng hợp: 2/2 (đạt 100%).", "Phụ lục I");
            XWPFTable appendix = doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() > 3
                    && t.getRow(0).getCell(1).getText().equals("Đơn vị")).findFirst().orElseThrow();
            List<String> header = appendix.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
            List<JsonNode> included = compiled.path("included").valueStream().toList();
            assertThat(appendix.getRows()).as("header, a row per commune, totals").hasSize(included.size() + 2);
            for (int r = 0; r < included.size(); r++) {
                List<String> row = appendix.getRow(r + 1).getTableCells().stream().map(XWPFTableCell::getText).toList();
                assertThat(row.get(1)).isEqualTo(included.get(r).path("name").asString());
                assertRowEquals(header, row, included.get(r).path("figures"));
            }
            List<String> totals = appendix.getRow(included.size() + 1).getTableCells().stream().map(XWPFTableCell::getText).toList();
            assertThat(totals.get(1)).isEqualTo("Tổng cộng");
            assertRowEquals(header, totals, compiled.path("figures"));
            assertThat(totals.get(header.indexOf("Số lượt tuyên truyền trực tiếp (lượt)"))).isEqualTo("hơn 142");
        }
    }

    @Test
    void anotherDistrictACommuneAndAnUnknownPlanGetProblemDetailsNeverAFile() {
        String plan = newPlan(demoPlan());
        String document = "/api/compilations/" + plan + "/" + Units.SON_TINH + "/document";
        assertProblem(ApiClient.on(port).as(TestTokens.issue("vanthu.binhson", Units.BINH_SON, "CLERK")).getBytes(document), 403, "access-refused");
        assertProblem(ApiClient.on(port).as(TestTokens.issue("vanthu.tinhson", Units.TINH_SON, "CLERK")).getBytes(document), 403, "access-refused");
        assertProblem(reviewer("canbo.sontinh", Units.SON_TINH).getBytes("/api/compilations/khong-co/" + Units.SON_TINH + "/document"),
                404, "review-case-not-found");
        assertThat(ApiClient.on(port).getBytes(document).status()).isEqualTo(401);
    }

    /** Each indicator's cell is the value the JSON gives, qualifier kept ("hơn 100"); the others are empty. */
    private static void assertRowEquals(List<String> header, List<String> row, JsonNode figures) {
        Map<String, Indicator> byColumn = new java.util.HashMap<>();
        OutlineMother.indicators357().forEach(i -> byColumn.put(i.label() + " (" + i.unitOfMeasure() + ")", i));
        int filled = 0;
        for (int c = 2; c < header.size(); c++) {
            Indicator indicator = byColumn.get(header.get(c));
            JsonNode value = figures.valueStream().filter(f -> f.path("indicator").asString().equals(indicator.code())).findFirst().orElse(null);
            if (value == null) {
                assertThat(row.get(c)).isEmpty();
            } else {
                filled++;
                assertThat(row.get(c)).as(indicator.code()).isEqualTo(
                        VietnameseFormat.qualified(Qualifier.valueOf(value.path("qualifier").asString()), value.path("amount").decimalValue()));
            }
        }
        assertThat(filled).isEqualTo(figures.size());
    }

    private static void assertProblem(ApiClient.BinaryResponse response, int status, String rule) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("Content-Disposition")).isNull();
        JsonNode problem = JsonMapper.builder().build().readTree(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(problem.path("rule").asString()).isEqualTo(rule);
    }
}
