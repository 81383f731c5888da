package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.plans.ReviewLevel;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * Province codes are reused across the reform of 1/7/2025: 52 was Tỉnh Bình Định and is Tỉnh Gia Lai since (formed from
 * Bình Định and Gia Lai). A case of a plan of May 2025 waits for the province as it was (level version {@code 52}); the
 * reviewers of Tỉnh Gia Lai (token {@code unit_version} {@code 52@2025-07-01}) neither see it in their worklist nor
 * accept it, and Bình Định's reviewers do not act in a plan of 2026. Synthetic units of the code (a district 540 and
 * communes 90001 and 90002) keep the test apart from the Quảng Ngãi sample.
 */
class ReusedProvinceCodeReviewIntegrationTest extends ReviewApiTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate LISTED = LocalDate.of(2025, 3, 1);
    private static final String PROVINCE = "52";
    private static final String GIA_LAI = UnitChanged.laterVersionKey(PROVINCE, REFORM);
    private static final String DISTRICT = "540";
    private static final UnitRef CAT_HAI = new UnitRef("90001", "Xã Cát Hải", "COMMUNE", List.of(PROVINCE, DISTRICT));
    private static final UnitRef DE_GI = new UnitRef("90002", "Xã Đề Gi", "COMMUNE", List.of(PROVINCE));

    private static void publishReusedProvinceCode() {
        List.of(new UnitChanged(PROVINCE, "Tỉnh Bình Định", "Tỉnh", "PROVINCE", null, LISTED, REFORM, 1),
                new UnitChanged(PROVINCE, "Tỉnh Gia Lai", "Tỉnh", "PROVINCE", null, REFORM, null, 1, GIA_LAI),
                new UnitChanged(DISTRICT, "Huyện Phù Cát", "Huyện", "DISTRICT", PROVINCE, LISTED, REFORM, 1),
                new UnitChanged(CAT_HAI.code(), CAT_HAI.name(), "Xã", "COMMUNE", DISTRICT, LISTED, REFORM, 1),
                new UnitChanged(DE_GI.code(), DE_GI.name(), "Xã", "COMMUNE", PROVINCE, REFORM, null, 1))
                .forEach(KafkaEvents::publish);
    }

    private ApiClient giaLaiReviewer() {
        return ApiClient.on(port).as(TestTokens.issue("canbo.gialai", PROVINCE, Map.of("unit_version", GIA_LAI), "REVIEWER"));
    }

    private ApiClient binhDinhReviewer() {
        return reviewer("canbo.binhdinh", PROVINCE);
    }

    private static List<String> worklist(ApiClient reviewer, String plan) {
        ApiClient.Response list = reviewer.get("/api/review-cases/worklist?planId=" + plan);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().valueStream().map(c -> c.path("unit").path("code").asString()).toList();
    }

    @Test
    void eachPlansCasesGoToTheProvinceAsTheCodeNamedItOnTheIssueDate() {
        publishReusedProvinceCode();
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(PROVINCE, REFORM).isPresent()
                && directory.find(CAT_HAI.code(), LISTED).isPresent() && directory.find(DE_GI.code(), REFORM).isPresent());
        String before = newPlan(PlanMother.plan119().expected(List.of(PlanMother.unit(CAT_HAI))));
        String after = newPlan(PlanMother.plan119().issuedOn(LocalDate.of(2026, 1, 15))
                .period(REFORM, LocalDate.of(2025, 12, 31)).deadline(Instant.parse("2026-02-09T17:00:00Z"))
                .expected(List.of(new ExpectedUnit(DE_GI.code(), DE_GI.name(), DE_GI.kind(), DE_GI.ancestry()))).twoLevelChain());
        submit(before, CAT_HAI, 1, ReportSubmittedMother.tinhSonFigures());
        submit(after, DE_GI, 1, ReportSubmittedMother.tinhSonFigures());

        assertThat(find(before, CAT_HAI.code()).levels()).extracting(ReviewLevel::unitCode, ReviewLevel::versionKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DISTRICT, DISTRICT), org.assertj.core.groups.Tuple.tuple(PROVINCE, PROVINCE));
        assertThat(find(after, DE_GI.code()).levels()).extracting(ReviewLevel::unitCode, ReviewLevel::versionKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PROVINCE, GIA_LAI));
        ApiClient.Response district = reviewer("canbo.phucat", DISTRICT).post(path(before, CAT_HAI.code()) + "/acceptance",
                Map.of("version", 1));
        assertThat(district.status()).as(district.body()).isEqualTo(200);

        // Each province's reviewers see and decide their own plan's case only: the other is not found, so its id tells nothing.
        assertThat(worklist(giaLaiReviewer(), before)).isEmpty();
        assertThat(worklist(binhDinhReviewer(), after)).isEmpty();
        ApiClient.Response giaLaiOnOld = giaLaiReviewer().post(path(before, CAT_HAI.code()) + "/acceptance", Map.of("version", 1));
        assertThat(giaLaiOnOld.status()).as(giaLaiOnOld.body()).isEqualTo(404);
        ApiClient.Response binhDinhOnNew = binhDinhReviewer().post(path(after, DE_GI.code()) + "/acceptance", Map.of("version", 1));
        assertThat(binhDinhOnNew.status()).as(binhDinhOnNew.body()).isEqualTo(404);
        expectState(before, CAT_HAI.code(), ReviewState.ACCEPTED);
        expectState(after, DE_GI.code(), ReviewState.SUBMITTED);

        assertThat(worklist(binhDinhReviewer(), before)).containsExactly(CAT_HAI.code());
        assertThat(worklist(giaLaiReviewer(), after)).containsExactly(DE_GI.code());
        ApiClient.Response binhDinh = binhDinhReviewer().post(path(before, CAT_HAI.code()) + "/acceptance", Map.of("version", 1));
        assertThat(binhDinh.status()).as(binhDinh.body()).isEqualTo(200);
        assertThat(binhDinh.json().path("state").asString()).isEqualTo("FINAL");
        ApiClient.Response giaLai = giaLaiReviewer().post(path(after, DE_GI.code()) + "/acceptance", Map.of("version", 1));
        assertThat(giaLai.status()).as(giaLai.body()).isEqualTo(200);
        assertThat(giaLai.json().path("state").asString()).isEqualTo("FINAL");
    }
}
