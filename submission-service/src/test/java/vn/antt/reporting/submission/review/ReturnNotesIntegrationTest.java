package vn.antt.reporting.submission.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.ReviewEventMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.submission.submission.SubmissionApiTest;
import vn.antt.reporting.submission.submission.SubmitReportRequestMother;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * A returned version's history keeps the reviewer's reason and each note on a section or an indicator, so the unit's
 * clerk reads them (through the API, next to what they concern) without access to the review case.
 */
class ReturnNotesIntegrationTest extends SubmissionApiTest {

    @Test
    void aReturnKeepsTheReasonAndTheNotesInTheVersionsHistory() {
        ApiClient clerk = as("vanthu.tinhson", Units.TINH_SON, "CLERK");
        String plan = newPlan119("kh-ghichu-");
        ApiClient.Response submitted = clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().path("id").asString();
        ReportSubmitted event = KafkaEvents.await(Topics.SUBMISSION_EVENTS, ReportSubmitted.class,
                s -> s.submissionId().equals(id), 1, Duration.ofSeconds(10)).get(0).data();

        KafkaEvents.publish(EventEnvelope.of("/review-service", java.time.Instant.now(), ReviewEventMother.returnedByDistrict(event)));

        await().atMost(Duration.ofSeconds(20)).until(() -> "RETURNED".equals(clerk.get("/api/submissions/" + id).json().path("status").asString()));
        JsonNode history = clerk.get("/api/submissions/" + id).json().path("history");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).path("notes").size()).isZero();
        JsonNode returned = history.get(1);
        assertThat(returned.path("to").asString()).isEqualTo("RETURNED");
        assertThat(returned.path("reason").asString()).isEqualTo("Số liệu kinh phí chưa khớp, đề nghị rà soát lại");
        assertThat(returned.path("notes").size()).isEqualTo(1);
        assertThat(returned.path("notes").get(0).path("sectionNumber").asString()).isEqualTo("II.2.1");
        assertThat(returned.path("notes").get(0).path("indicator").asString()).isEqualTo("budget.total");
        assertThat(returned.path("notes").get(0).path("note").asString()).isEqualTo("Tổng kinh phí không bằng tổng các khoản thành phần");
    }
}
