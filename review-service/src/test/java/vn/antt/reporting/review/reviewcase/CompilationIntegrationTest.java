package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.ReportSection;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * A district's compilation carries its communes' narrative per section of the plan's outline, in the outline's
 * order (who wrote what, in the version the district accepted), and the district's clerk saves it as the district's
 * own draft in one call: submission-service's draft is written with the clerk's token, figures summed, each section
 * pre-filled with the communes' texts in order, the draft's document and the clerk's own sections kept.
 */
class CompilationIntegrationTest extends ReviewApiTest {

    private static final SubmissionServiceStub SUBMISSION_SERVICE = SubmissionServiceStub.shared();

    private static final List<ReportSection> TINH_HA_SECTIONS = List.of(
            new ReportSection("I", "Tình hình an ninh trật tự trên địa bàn xã Tịnh Hà ổn định, không để xảy ra điểm nóng."),
            new ReportSection("II.2.1", "Tổ chức 42 lượt tuyên truyền với 1.500 lượt người tham dự."),
            new ReportSection("V", "Đề nghị huyện hỗ trợ kinh phí mua sắm phương tiện cho lực lượng an ninh cơ sở."));

    private final String clerkToken = TestTokens.issue("vanthu.sontinh", Units.SON_TINH, "CLERK");

    private String planWithTwoAcceptedCommunes() {
        String plan = newPlan(demoPlan());
        submit(plan, Units.tinhSon(), 1, ReportSubmittedMother.tinhSonFigures());
        submit(plan, Units.tinhHa(), 1, TINH_HA_FIGURES, TINH_HA_SECTIONS);
        submit(plan, Units.binhHai(), 1, TINH_HA_FIGURES, TINH_HA_SECTIONS);
        ApiClient district = reviewer("canbo.sontinh", Units.SON_TINH);
        assertThat(district.post(path(plan, Units.TINH_SON) + "/acceptance", Map.of()).status()).isEqualTo(200);
        assertThat(district.post(path(plan, Units.TINH_HA) + "/acceptance", Map.of()).status()).isEqualTo(200);
        return plan;
    }

    private static String contributions(JsonNode section) {
        return String.join(" | ", section.path("contributions").valueStream()
                .map(c -> c.path("unitCode").asString() + " v" + c.path("version").asInt() + " " + c.path("unitName").asString()).toList());
    }

    @Test
    void theCompilationGathersTheSubUnitsNarrativePerOutlineSectionInTheOutlinesOrder() {
        String plan = planWithTwoAcceptedCommunes();

        JsonNode compiled = ApiClient.on(port).as(clerkToken).get("/api/compilations/" + plan + "/" + Units.SON_TINH).json();

        List<JsonNode> sections = compiled.path("sections").valueStream().toList();
        assertThat(sections).extracting(s -> s.path("number").asString())
                .containsExactly("I", "II", "II.1", "II.2", "II.2.1", "II.2.2", "III", "IV", "V");
        assertThat(sections.get(0).path("heading").asString()).isEqualTo("ĐÁNH GIÁ TÌNH HÌNH");
        assertThat(contributions(sections.get(0))).isEqualTo(Units.TINH_SON + " v1 " + Units.tinhSon().name() + " | "
                + Units.TINH_HA + " v1 " + Units.tinhHa().name());
        assertThat(sections.get(0).path("contributions").get(1).path("text").asString()).isEqualTo(TINH_HA_SECTIONS.get(0).text());
        assertThat(sections.get(4).path("contributions").get(0).path("text").asString())
                .isEqualTo("Tổ chức hơn 100 lượt tuyên truyền trực tiếp với hơn 8.000 lượt người tham dự.");
        assertThat(contributions(sections.get(1))).isEmpty();
        assertThat(contributions(sections.get(6))).isEqualTo(Units.TINH_SON + " v1 " + Units.tinhSon().name());
        assertThat(contributions(sections.get(8))).isEqualTo(Units.TINH_HA + " v1 " + Units.tinhHa().name());
    }

    @Test
    void theLevelsClerkSavesTheCompilationAsItsOwnDraftInOneCallWithItsOwnToken() {
        String plan = planWithTwoAcceptedCommunes();
        ObjectNode existing = JsonMapper.builder().build().createObjectNode();
        existing.put("planId", plan).put("unitCode", Units.SON_TINH).put("revision", 3);
        existing.putObject("document").put("number", "45/BC-UBND").put("signer", "Nguyễn Văn An");
        existing.putArray("sections").addObject().put("number", "IV").put("text", "Huyện tiếp tục chỉ đạo các xã duy trì mô hình.");
        SUBMISSION_SERVICE.existing(existing);
        int before = SUBMISSION_SERVICE.received().size();

        ApiClient.Response saved = ApiClient.on(port).as(clerkToken).post("/api/compilations/" + plan + "/" + Units.SON_TINH + "/draft", Map.of());

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("revision").asLong()).isEqualTo(4);
        List<SubmissionServiceStub.Received> calls = SUBMISSION_SERVICE.received().subList(before, SUBMISSION_SERVICE.received().size());
        assertThat(calls).extracting(c -> c.method() + " " + c.path()).containsExactly(
                "GET /api/drafts/" + plan + "/" + Units.SON_TINH, "PUT /api/drafts/" + plan + "/" + Units.SON_TINH);
        assertThat(calls).allSatisfy(c -> assertThat(c.authorization()).isEqualTo("Bearer " + clerkToken));
        JsonNode body = calls.get(1).body();
        assertThat(body.path("baseRevision").asLong()).isEqualTo(3);
        assertThat(body.path("document").path("number").asString()).isEqualTo("45/BC-UBND");
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        body.path("sections").valueStream().forEach(s -> texts.put(s.path("number").asString(), s.path("text").asString()));
        assertThat(texts.get("I")).isEqualTo(Units.tinhSon().name() + ":\n" + ReportSubmittedMother.tinhSonSections().get(0).text()
                + "\n\n" + Units.tinhHa().name() + ":\n" + TINH_HA_SECTIONS.get(0).text());
        assertThat(texts.get("IV")).isEqualTo("Huyện tiếp tục chỉ đạo các xã duy trì mô hình.");
        assertThat(texts.get("V")).isEqualTo(Units.tinhHa().name() + ":\n" + TINH_HA_SECTIONS.get(2).text());
        assertThat(texts).doesNotContainKey("II");
        JsonNode sessions = body.path("figures").valueStream().filter(f -> f.path("indicator").asString().equals("propaganda.sessions"))
                .findFirst().orElseThrow();
        assertThat(sessions.path("amount").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(142));
        assertThat(sessions.path("qualifier").asString()).isEqualTo("MORE_THAN");
    }

    @Test
    void onlyAClerkOfTheLevelSavesItsCompilationAsItsDraft() {
        String plan = planWithTwoAcceptedCommunes();
        int before = SUBMISSION_SERVICE.received().size();

        ApiClient.Response reviewer = reviewer("canbo.sontinh", Units.SON_TINH).post("/api/compilations/" + plan + "/" + Units.SON_TINH + "/draft", Map.of());
        ApiClient.Response otherUnit = ApiClient.on(port).as(TestTokens.issue("vanthu.tinhson", Units.TINH_SON, "CLERK"))
                .post("/api/compilations/" + plan + "/" + Units.SON_TINH + "/draft", Map.of());

        assertThat(reviewer.status()).isEqualTo(403);
        assertThat(reviewer.json().path("rule").asString()).isEqualTo("access-refused");
        assertThat(otherUnit.status()).isEqualTo(403);
        assertThat(SUBMISSION_SERVICE.received()).hasSize(before);
    }

    @Test
    void withSubmissionServiceDownTheDraftIsNotSavedAndTheAnswerIs503NamingTheRule() {
        String plan = planWithTwoAcceptedCommunes();
        ApiClient clerk = ApiClient.on(port).as(clerkToken);
        SUBMISSION_SERVICE.stop();
        ApiClient.Response refused;
        try {
            refused = clerk.post("/api/compilations/" + plan + "/" + Units.SON_TINH + "/draft", Map.of());
        } finally {
            SUBMISSION_SERVICE.restart();
        }

        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("rule").asString()).isEqualTo("submission-service-unavailable");
        assertThat(refused.json().path("service").asString()).isEqualTo("submission-service");
        assertThat(refused.json().path("title").asString()).startsWith("Dịch vụ submission-service tạm thời không phản hồi");
        assertThat(clerk.get("/api/compilations/" + plan + "/" + Units.SON_TINH).status()).isEqualTo(200);
    }
}
