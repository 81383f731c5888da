package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.TwoLevelQuangNgai;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.review.ReportFinalized;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * A plan issued after the reform of 1/7/2025 reviews commune → province: two communes directly under the province
 * submit, their cases wait for the province, which accepts them directly as final; no district is on the way.
 */
class TwoLevelReviewIntegrationTest extends ReviewApiTest {

    @Test
    void theProvinceReviewsTheCommunesOfAPostReformPlanDirectly() {
        TwoLevelQuangNgai.directory().forEach(KafkaEvents::publish);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(TwoLevelQuangNgai.BA_GIA).isPresent()
                && directory.find(TwoLevelQuangNgai.TRUONG_GIANG).isPresent());
        String plan = newPlan(TwoLevelQuangNgai.plan2026("kh-05-2026"));

        submit(plan, TwoLevelQuangNgai.baGia(), 1, ReportSubmittedMother.tinhSonFigures());
        submit(plan, TwoLevelQuangNgai.truongGiang(), 1, TINH_HA_FIGURES);

        assertThat(find(plan, TwoLevelQuangNgai.BA_GIA).currentReviewer()).isEqualTo(Units.QUANG_NGAI);
        assertThat(find(plan, TwoLevelQuangNgai.TRUONG_GIANG).currentReviewer()).isEqualTo(Units.QUANG_NGAI);
        ApiClient province = reviewer("canbo.congantinh", Units.QUANG_NGAI);
        List<JsonNode> worklist = province.get("/api/review-cases/worklist?planId=" + plan).json().valueStream().toList();
        assertThat(worklist).extracting(c -> c.path("unit").path("code").asString())
                .containsExactlyInAnyOrder(TwoLevelQuangNgai.BA_GIA, TwoLevelQuangNgai.TRUONG_GIANG);

        for (String commune : List.of(TwoLevelQuangNgai.BA_GIA, TwoLevelQuangNgai.TRUONG_GIANG)) {
            ApiClient.Response accepted = province.post(path(plan, commune) + "/acceptance", Map.of("version", 1));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            assertThat(accepted.json().path("state").asString()).isEqualTo("FINAL");
        }
        List<ReportFinalized> finalized = KafkaEvents.await(Topics.REVIEW_EVENTS, ReportFinalized.class, e -> e.planId().equals(plan),
                2, Duration.ofSeconds(20)).stream().map(EventEnvelope::data).toList();
        assertThat(finalized).extracting(f -> f.unit().code() + " " + f.acceptedByUnits())
                .containsExactlyInAnyOrder(TwoLevelQuangNgai.BA_GIA + " [51]", TwoLevelQuangNgai.TRUONG_GIANG + " [51]");
    }
}
