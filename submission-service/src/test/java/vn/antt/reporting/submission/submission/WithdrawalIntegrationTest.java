package vn.antt.reporting.submission.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.ReviewEventMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.review.ReportAccepted;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.ReportWithdrawn;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * A unit withdraws a version no reviewer has acted on: the version becomes WITHDRAWN with its history,
 * ReportWithdrawn is published once, the next submission is the next version. Once a review event has
 * arrived, or for an older version, withdrawal is refused and nothing is published.
 */
class WithdrawalIntegrationTest extends SubmissionApiTest {

    private String plan() {
        return newPlan119("kh-rut-");
    }

    private ApiClient clerk() {
        return as("vanthu.tinhson", Units.TINH_SON, "CLERK");
    }

    private String submit(ApiClient clerk, String plan) {
        ApiClient.Response response = clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    private List<ReportWithdrawn> withdrawalsOf(String submissionId, Duration wait) {
        return KafkaEvents.await(Topics.SUBMISSION_EVENTS, ReportWithdrawn.class, w -> w.submissionId().equals(submissionId), 2, wait)
                .stream().map(EventEnvelope::data).toList();
    }

    @Test
    void aVersionNoReviewerActedOnIsWithdrawnPublishedOnceAndTheNextSubmissionIsTheNextVersion() {
        ApiClient clerk = clerk();
        String plan = plan();
        String id = submit(clerk, plan);

        ApiClient.Response withdrawn = clerk.post("/api/submissions/" + id + "/withdrawal", Map.of("reason", "Gửi nhầm tệp đính kèm"));

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().path("history").valueStream().map(h -> h.path("to").asString()).toList())
                .containsExactly("SUBMITTED", "WITHDRAWN");
        List<ReportWithdrawn> events = withdrawalsOf(id, Duration.ofSeconds(10));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).version()).isEqualTo(1);
        assertThat(events.get(0).reason()).isEqualTo("Gửi nhầm tệp đính kèm");
        assertThat(events.get(0).unit().code()).isEqualTo(Units.TINH_SON);

        ApiClient.Response again = clerk.post("/api/submissions/" + id + "/withdrawal", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("rule").asString()).isEqualTo("withdrawal-not-allowed");
        ApiClient.Response next = clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build());
        assertThat(next.json().path("version").asInt()).isEqualTo(2);
    }

    @Test
    void onceAReviewerHasActedTheVersionCannotBeWithdrawn() {
        ApiClient clerk = clerk();
        String plan = plan();
        String id = submit(clerk, plan);
        ReportSubmitted submitted = KafkaEvents.await(Topics.SUBMISSION_EVENTS, ReportSubmitted.class,
                s -> s.submissionId().equals(id), 1, Duration.ofSeconds(10)).get(0).data();
        EventEnvelope<ReportAccepted> accepted = EventEnvelope.of("/review-service", Instant.now(),
                ReviewEventMother.acceptedByDistrict(submitted));
        ApiClient tinhHaClerk = as("vanthu.tinhha", Units.TINH_HA, "CLERK");
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(Units.TINH_HA).isPresent());
        ApiClient.Response other = tinhHaClerk.post("/api/submissions",
                SubmitReportRequestMother.tinhSonReport().plan(plan).unit(Units.TINH_HA).build());
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        String otherId = other.json().path("id").asString();
        ReportSubmitted otherSubmitted = KafkaEvents.await(Topics.SUBMISSION_EVENTS, ReportSubmitted.class,
                s -> s.submissionId().equals(otherId), 1, Duration.ofSeconds(10)).get(0).data();
        KafkaEvents.publish(accepted);
        KafkaEvents.publish(accepted); // redelivered: moves nothing twice
        // One partition in the test broker: once the event after the duplicate is applied, the duplicate was handled.
        KafkaEvents.publish(ReviewEventMother.acceptedByDistrict(otherSubmitted));

        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(otherId, Submission.class).status() == SubmissionStatus.IN_REVIEW);
        assertThat(mongo.findById(id, Submission.class).status()).isEqualTo(SubmissionStatus.IN_REVIEW);
        ApiClient.Response refused = clerk.post("/api/submissions/" + id + "/withdrawal", Map.of("reason", "Muốn sửa"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asString()).contains("IN_REVIEW");
        assertThat(withdrawalsOf(id, Duration.ofSeconds(2))).isEmpty();
        assertThat(mongo.findById(id, Submission.class).history()).extracting(StatusChange::to)
                .containsExactly(SubmissionStatus.SUBMITTED, SubmissionStatus.IN_REVIEW);
    }

    @Test
    void onlyTheLatestVersionIsWithdrawnAndOnlyByTheUnitsClerk() {
        ApiClient clerk = clerk();
        String plan = plan();
        String first = submit(clerk, plan);
        submit(clerk, plan);

        ApiClient.Response older = clerk.post("/api/submissions/" + first + "/withdrawal", Map.of());
        assertThat(older.status()).isEqualTo(409);
        assertThat(older.json().path("rule").asString()).isEqualTo("not-latest-version");

        String latest = clerk.get("/api/submissions?planId=" + plan + "&unitCode=" + Units.TINH_SON).json().get(1).path("id").asString();
        ApiClient reviewer = as("canbo.sontinh", Units.SON_TINH, "REVIEWER");
        ApiClient otherClerk = as("vanthu.tinhha", Units.TINH_HA, "CLERK");
        assertThat(reviewer.post("/api/submissions/" + latest + "/withdrawal", Map.of()).status()).isEqualTo(403);
        assertThat(otherClerk.post("/api/submissions/" + latest + "/withdrawal", Map.of()).status()).isEqualTo(404);
        assertThat(mongo.findById(latest, Submission.class).status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(withdrawalsOf(latest, Duration.ofSeconds(2))).isEmpty();
    }
}
