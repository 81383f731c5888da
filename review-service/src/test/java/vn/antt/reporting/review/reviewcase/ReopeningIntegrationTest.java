package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.review.ReportReopened;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.TestTokens;

/**
 * A final report is reopened only by a reviewer of the final level, with a reason: the case then waits for the
 * unit's next version, the reopening is audited and ReportReopened tells submission-service to take that version.
 */
class ReopeningIntegrationTest extends ReviewApiTest {

    private static final String REASON = "Phát hiện sai sót số liệu vụ án sau khi tổng hợp, đề nghị đơn vị báo cáo lại";

    @Test
    void onlyTheFinalLevelReopensAFinalReportWithAReasonAndTheNextVersionIsReviewedAgain() {
        String plan = newPlan(demoPlan());
        ApiClient district = reviewer("canbo.sontinh", Units.SON_TINH);
        ApiClient province = reviewer("canbo.congantinh", Units.QUANG_NGAI);
        submit(plan, Units.tinhSon(), 1, ReportSubmittedMother.tinhSonFigures());
        ApiClient.Response notFinal = province.post(path(plan, Units.TINH_SON) + "/reopening", Map.of("reason", REASON));
        assertThat(district.post(path(plan, Units.TINH_SON) + "/acceptance", Map.of()).status()).isEqualTo(200);
        assertThat(province.post(path(plan, Units.TINH_SON) + "/acceptance", Map.of()).json().path("state").asString()).isEqualTo("FINAL");
        ReviewCase finalCase = find(plan, Units.TINH_SON);

        ApiClient.Response byDistrict = district.post(path(plan, Units.TINH_SON) + "/reopening", Map.of("reason", REASON));
        ApiClient.Response byTheUnit = ApiClient.on(port).as(TestTokens.issue("canbo.tinhson", Units.TINH_SON, "REVIEWER"))
                .post(path(plan, Units.TINH_SON) + "/reopening", Map.of("reason", REASON));
        ApiClient.Response noReason = province.post(path(plan, Units.TINH_SON) + "/reopening", Map.of("reason", " "));

        assertThat(notFinal.status()).isEqualTo(409);
        assertThat(notFinal.json().path("rule").asString()).isEqualTo("review-action-not-allowed");
        assertThat(byDistrict.status()).isEqualTo(403);
        assertThat(byDistrict.json().path("rule").asString()).isEqualTo("not-reviewer-of-final-level");
        assertThat(byTheUnit.status()).isEqualTo(403);
        assertThat(byTheUnit.json().path("rule").asString()).isEqualTo("self-review");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(find(plan, Units.TINH_SON).revision()).isEqualTo(finalCase.revision());

        ApiClient.Response reopened = province.post(path(plan, Units.TINH_SON) + "/reopening", Map.of("version", 1, "reason", REASON));

        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().path("state").asString()).isEqualTo("REOPENED");
        ReportReopened event = KafkaEvents.await(Topics.REVIEW_EVENTS, ReportReopened.class, e -> e.planId().equals(plan), 1,
                Duration.ofSeconds(20)).get(0).data();
        assertThat(event.unit().code()).isEqualTo(Units.TINH_SON);
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.level()).isEqualTo(2);
        assertThat(event.levelUnitCode()).isEqualTo(Units.QUANG_NGAI);
        assertThat(event.reason()).isEqualTo(REASON);
        assertThat(province.post(path(plan, Units.TINH_SON) + "/reopening", Map.of("reason", REASON)).json().path("rule").asString())
                .isEqualTo("review-action-not-allowed");

        List<JsonNode> audit = province.get(path(plan, Units.TINH_SON) + "/audit").json().valueStream().toList();
        JsonNode last = audit.get(audit.size() - 1);
        assertThat(last.path("action").asString() + " " + last.path("from").asString() + "→" + last.path("to").asString())
                .isEqualTo("REOPENED FINAL→REOPENED");
        assertThat(last.path("reason").asString()).isEqualTo(REASON);
        assertThat(last.path("unitCode").asString()).isEqualTo(Units.QUANG_NGAI);

        submit(plan, Units.tinhSon(), 2, ReportSubmittedMother.tinhSonFigures());
        ReviewCase v2 = expectState(plan, Units.TINH_SON, ReviewState.SUBMITTED);
        assertThat(v2.currentReviewer()).isEqualTo(Units.SON_TINH);
    }
}
