package vn.antt.reporting.submission.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.ReviewEventMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.review.ReportReopened;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * After its report is final a unit cannot submit a new version (409 report-final, nothing stored or published),
 * until the final level reopens it (ReportReopened): then the version is REOPENED and the next one is taken.
 */
class FinalReportIntegrationTest extends SubmissionApiTest {

    @Test
    void aFinalReportTakesNoNewVersionUntilTheFinalLevelReopensIt() {
        ApiClient clerk = as("vanthu.tinhson", Units.TINH_SON, "CLERK");
        String plan = newPlan119("kh-final-");
        ApiClient.Response first = clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String id = first.json().path("id").asString();
        ReportSubmitted submitted = KafkaEvents.await(Topics.SUBMISSION_EVENTS, ReportSubmitted.class,
                s -> s.submissionId().equals(id), 1, Duration.ofSeconds(10)).get(0).data();
        KafkaEvents.publish(ReviewEventMother.acceptedByDistrict(submitted));
        KafkaEvents.publish(ReviewEventMother.acceptedByProvince(submitted));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(id, Submission.class).status() == SubmissionStatus.FINAL);

        ApiClient.Response refused = clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build());

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("rule").asString()).isEqualTo("report-final");
        assertThat(refused.json().path("finalVersion").asInt()).isEqualTo(1);
        assertThat(clerk.get("/api/submissions?planId=" + plan + "&unitCode=" + Units.TINH_SON).json().size()).isEqualTo(1);

        ReportReopened reopened = ReviewEventMother.reopenedByProvince(submitted);
        KafkaEvents.publish(reopened);
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(id, Submission.class).status() == SubmissionStatus.REOPENED);
        StatusChange change = mongo.findById(id, Submission.class).history().get(3);
        assertThat(change.from()).isEqualTo(SubmissionStatus.FINAL);
        assertThat(change.reason()).isEqualTo(reopened.reason());
        assertThat(change.unitCode()).isEqualTo(Units.QUANG_NGAI);

        ApiClient.Response next = clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build());
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        assertThat(next.json().path("version").asInt()).isEqualTo(2);
    }

    @Test
    void aReopeningReadBeforeTheFinalAcceptanceStillAllowsTheNextVersion() {
        ApiClient clerk = as("vanthu.tinhson", Units.TINH_SON, "CLERK");
        String plan = newPlan119("kh-final-");
        String id = clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build()).json().path("id").asString();
        ReportSubmitted submitted = KafkaEvents.await(Topics.SUBMISSION_EVENTS, ReportSubmitted.class,
                s -> s.submissionId().equals(id), 1, Duration.ofSeconds(10)).get(0).data();

        // The two consumers read review-events each at its own pace: the reopening may be applied first.
        KafkaEvents.publish(ReviewEventMother.reopenedByProvince(submitted));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(id, Submission.class).status() == SubmissionStatus.REOPENED);
        KafkaEvents.publish(ReviewEventMother.acceptedByProvince(submitted));
        // One partition in the test broker: once the review consumer applied the event after it, it had read the acceptance.
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(Units.TINH_HA).isPresent());
        String otherId = as("vanthu.tinhha", Units.TINH_HA, "CLERK").post("/api/submissions",
                SubmitReportRequestMother.tinhSonReport().plan(plan).unit(Units.TINH_HA).build()).json().path("id").asString();
        ReportSubmitted other = KafkaEvents.await(Topics.SUBMISSION_EVENTS, ReportSubmitted.class,
                s -> s.submissionId().equals(otherId), 1, Duration.ofSeconds(10)).get(0).data();
        KafkaEvents.publish(ReviewEventMother.acceptedByDistrict(other));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(otherId, Submission.class).status() == SubmissionStatus.IN_REVIEW);
        assertThat(mongo.findById(id, Submission.class).status()).isEqualTo(SubmissionStatus.REOPENED);

        ApiClient.Response next = clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build());
        assertThat(next.status()).as(next.body()).isEqualTo(201);
    }
}
