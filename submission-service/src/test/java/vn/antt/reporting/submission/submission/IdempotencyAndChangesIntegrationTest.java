package vn.antt.reporting.submission.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

class IdempotencyAndChangesIntegrationTest extends SubmissionApiTest {

    @BeforeEach
    void publishPlan119AndItsOutline() {
        publishPlan119UnderItsOwnId();
    }

    private long versionsOf(String plan) {
        return mongo.count(Query.query(Criteria.where("planId").is(plan)), Submission.class);
    }

    @Test
    void aRetriedSubmitWithTheSameKeyReturnsTheFirstResultAndPublishesOnce() {
        String plan = newPlan119("kh-");
        ApiClient keyed = tinhSonClerk().header("Idempotency-Key", "submit-" + plan);
        var request = SubmitReportRequestMother.tinhSonReport().plan(plan).build();

        ApiClient.Response first = keyed.post("/api/submissions", request);
        ApiClient.Response retry = keyed.post("/api/submissions", request);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(versionsOf(plan)).isEqualTo(1);
        assertThat(KafkaEvents.all(Topics.SUBMISSION_EVENTS, ReportSubmitted.class, e -> e.planId().equals(plan),
                Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndStoresNothing() {
        String plan = newPlan119("kh-");
        ApiClient keyed = tinhSonClerk().header("Idempotency-Key", "k-" + plan);
        keyed.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build());

        ApiClient.Response reused = keyed.post("/api/submissions",
                SubmitReportRequestMother.tinhSonReport().plan(plan).figure("budget.total", 5).build());

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("rule").asString()).isEqualTo("idempotency-key-reused");
        assertThat(reused.json().get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(versionsOf(plan)).isEqualTo(1);
    }

    @Test
    void racingSubmitsOfOneUnitNeverMakeTwoVersionsOfTheSameNumber() throws Exception {
        String plan = newPlan119("kh-");
        ApiClient clerk = tinhSonClerk();
        var request = SubmitReportRequestMother.tinhSonReport().plan(plan).build();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Callable<ApiClient.Response> submit = () -> clerk.post("/api/submissions", request);
            answers.add(pool.submit(submit));
        }
        List<Integer> versions = new ArrayList<>();
        for (Future<ApiClient.Response> answer : answers) {
            ApiClient.Response response = answer.get();
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            versions.add(response.json().get("version").asInt());
        }
        pool.shutdown();
        assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    }

    @Test
    void theChangesOfAResubmissionArePerSectionAndPerIndicator() {
        String plan = newPlan119("kh-");
        ApiClient clerk = tinhSonClerk();
        clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build());
        var changed = SubmitReportRequestMother.tinhSonReport().plan(plan)
                .section("I", "Tình hình ANTT ổn định, không có điểm nóng.")
                .section("V", "Kiến nghị đầu tư kinh phí.")
                .figure("cases.solved", Qualifier.EXACT, BigDecimal.valueOf(30), BigDecimal.valueOf(77))
                .build();
        String id = clerk.post("/api/submissions", changed).json().get("id").asString();

        JsonNode changes = clerk.get("/api/submissions/" + id + "/changes").json();

        assertThat(changes.get("fromVersion").asInt()).isEqualTo(1);
        assertThat(changes.get("toVersion").asInt()).isEqualTo(2);
        assertThat(changes.get("sections").findValuesAsString("number")).containsExactly("I", "V");
        assertThat(changes.at("/sections/0/change").asString()).isEqualTo("CHANGED");
        assertThat(changes.at("/sections/1/change").asString()).isEqualTo("ADDED");
        assertThat(changes.get("figures")).hasSize(1);
        assertThat(changes.at("/figures/0/indicator").asString()).isEqualTo("cases.solved");
        assertThat(changes.at("/figures/0/change").asString()).isEqualTo("ADDED");
    }

    @Test
    void aMalformedIdempotencyKeyIsRefusedNamingTheHeader() {
        ApiClient.Response response = tinhSonClerk().header("Idempotency-Key", "x".repeat(200))
                .post("/api/submissions", SubmitReportRequestMother.tinhSonReport().build());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().findValuesAsString("field")).contains("Idempotency-Key");
    }
}
