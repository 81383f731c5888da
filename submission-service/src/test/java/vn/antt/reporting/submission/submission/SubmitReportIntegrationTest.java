package vn.antt.reporting.submission.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.MeterRegistry;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.contracts.submission.ReportSection;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.SharedInfrastructure;
import vn.antt.reporting.testsupport.TestTokens;

class SubmitReportIntegrationTest extends SubmissionApiTest {

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void publishPlan119AndItsOutline() {
        publishPlan119UnderItsOwnId();
    }

    private ApiClient clerkOf(String unit) {
        return as("vanthu." + unit, unit, "CLERK");
    }

    private long storedFor(String unit) {
        return mongo.count(Query.query(Criteria.where("unit.code").is(unit)), Submission.class);
    }

    @Test
    void clerkSubmitsAndReportSubmittedIsPublishedWithTheUnitsAncestry() throws Exception {
        String plan = newPlan119("kh-");
        double storedBefore = meters.get("reporting.submissions").counter().count();
        ApiClient.Response response = clerkOf(Units.TINH_SON)
                .post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(meters.get("reporting.submissions").counter().count()).isEqualTo(storedBefore + 1);
        String id = response.json().get("id").asString();
        assertThat(response.json().get("version").asInt()).isEqualTo(1);
        assertThat(response.json().at("/unit/name").asString()).isEqualTo("Xã Tịnh Sơn");

        List<EventEnvelope<ReportSubmitted>> events = KafkaEvents.await(Topics.SUBMISSION_EVENTS, ReportSubmitted.class,
                e -> e.submissionId().equals(id), 1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        ReportSubmitted event = events.get(0).data();
        assertThat(event.unit().ancestry()).containsExactly(Units.QUANG_NGAI, Units.SON_TINH);
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.figures()).anySatisfy(f -> {
            assertThat(f.indicator()).isEqualTo("propaganda.attendees");
            assertThat(f.qualifier()).isEqualTo(Qualifier.MORE_THAN);
            assertThat(f.amount()).isEqualByComparingTo("8000");
        });
        // The narrative goes with the figures, for the level above to compile section by section.
        assertThat(event.sections()).extracting(ReportSection::number).containsExactly("I", "II.1", "II.2.1", "III", "IV");
        assertThat(event.sections().get(2).text()).isEqualTo("Tổ chức hơn 100 lượt tuyên truyền trực tiếp với hơn 8.000 lượt người tham dự.");
        assertThat(events.get(0).source()).isEqualTo("/submission-service");
        // The relay removed the outbox entry once the broker acknowledged it.
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(id, Submission.class).outbox().isEmpty());
        // Published right after the insert, which held it under this instance's claim: the removal ended the claim too.
        assertThat(mongo.findById(id, org.bson.Document.class, Submission.COLLECTION)).doesNotContainKeys("outboxLeaseUntil",
                "outboxLeaseHolder");
        // Nothing waits in the outbox any more, as operators see it.
        await().atMost(Duration.ofSeconds(10)).until(() -> meters.get("reporting.outbox.pending").tag("collection", Submission.COLLECTION)
                .gauge().value() == 0);
        assertThat(meters.get("reporting.outbox.oldest.age").tag("collection", Submission.COLLECTION).timeGauge()
                .value(java.util.concurrent.TimeUnit.SECONDS)).isZero();
        // The topic is the one this publisher created at start-up (event-contracts Topics).
        try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()))) {
            assertThat(admin.describeTopics(List.of(Topics.SUBMISSION_EVENTS)).allTopicNames().get().get(Topics.SUBMISSION_EVENTS)
                    .partitions()).hasSize(Topics.EVENT_PARTITIONS);
            // review-events, which this service only reads, was created before its publisher ever started: as declared,
            // not with the binder's count (a consumer on a topic widened later would not hear its new partitions).
            assertThat(admin.describeTopics(List.of(Topics.REVIEW_EVENTS)).allTopicNames().get().get(Topics.REVIEW_EVENTS)
                    .partitions()).hasSize(Topics.EVENT_PARTITIONS);
        }
    }

    @Test
    void theEventContinuesTheTraceOfTheRequestThatCausedIt() {
        String traceId = java.util.UUID.randomUUID().toString().replace("-", "");
        ApiClient.Response response = clerkOf(Units.TINH_SON)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(newPlan119("kh-")).build());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String id = response.json().get("id").asString();

        List<EventEnvelope<ReportSubmitted>> events = KafkaEvents.await(Topics.SUBMISSION_EVENTS, ReportSubmitted.class,
                e -> e.submissionId().equals(id), 1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        // Relayed later by the outbox scheduler, yet the record belongs to the request's trace.
        assertThat(KafkaEvents.headersOf(Topics.SUBMISSION_EVENTS, events.get(0).id(), Duration.ofSeconds(10)))
                .hasEntrySatisfying("traceparent", value -> assertThat(value).startsWith("00-" + traceId + "-"));
    }

    @Test
    void aResubmissionIsTheNextVersion() {
        ApiClient clerk = clerkOf(Units.TINH_HA);
        var request = SubmitReportRequestMother.tinhSonReport().plan(newPlan119("kh-"))
                .unit(Units.TINH_HA).build();

        assertThat(clerk.post("/api/submissions", request).json().get("version").asInt()).isEqualTo(1);
        assertThat(clerk.post("/api/submissions", request).json().get("version").asInt()).isEqualTo(2);

        ApiClient.Response versions = clerk.get("/api/submissions?planId=" + request.planId() + "&unitCode=" + Units.TINH_HA);
        assertThat(versions.json().findValuesAsString("id")).hasSize(2);
    }

    @Test
    void textIsStoredInUnicodeNfc() {
        String decomposed = java.text.Normalizer.normalize("Tịnh Sơn", java.text.Normalizer.Form.NFD);
        var withNfd = SubmitReportRequestMother.tinhSonReport().section("I", decomposed).build();

        ApiClient.Response response = clerkOf(Units.TINH_SON).post("/api/submissions", withNfd);

        assertThat(response.json().at("/sections/0/text").asString()).isEqualTo("Tịnh Sơn").isNotEqualTo(decomposed);
    }

    @Test
    void aClerkOfAnotherUnitIsRefusedAndNothingIsStored() {
        long before = storedFor(Units.TINH_SON);
        ApiClient.Response response = clerkOf(Units.TINH_HA)
                .post("/api/submissions", SubmitReportRequestMother.tinhSonReport().build());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo("access-refused");
        assertThat(storedFor(Units.TINH_SON)).isEqualTo(before);
    }

    @Test
    void aReviewerMayNotSubmit() {
        awaitDirectory();
        ApiClient.Response response = as("canbo", Units.TINH_SON, "REVIEWER")
                .post("/api/submissions", SubmitReportRequestMother.tinhSonReport().build());
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void withoutAValidTokenTheAnswerIs401() {
        ApiClient anonymous = ApiClient.on(port);
        ApiClient.Response none = anonymous.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().build());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).as(none.body()).startsWith("application/problem+json");
        ApiClient.Response expired = anonymous.as(TestTokens.expired("x", Units.TINH_SON, "CLERK"))
                .post("/api/submissions", SubmitReportRequestMother.tinhSonReport().build());
        assertThat(expired.status()).as(expired.body()).isEqualTo(401);
        assertThat(expired.json().path("status").asInt()).as(expired.body() + " " + expired.contentType()).isEqualTo(401);
    }

    @Test
    void textInANumberFieldIsRefusedNamingTheField() {
        long before = storedFor(Units.TINH_SON);
        String body = """
                {"planId":"kh-119-2025-qng","unitCode":"21217",
                 "document":{"number":"163/BC-UBND","issuedOn":"2025-06-06"},
                 "figures":[{"indicator":"propaganda.sessions","amount":"hơn một trăm"}]}""";

        ApiClient.Response response = clerkOf(Units.TINH_SON).post("/api/submissions", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("figures[0].amount");
        assertThat(storedFor(Units.TINH_SON)).isEqualTo(before);
    }

    @Test
    void aNegativeCountIsRefusedNamingTheField() {
        ApiClient.Response response = clerkOf(Units.TINH_SON).post("/api/submissions",
                SubmitReportRequestMother.tinhSonReport().figure("budget.total", -1).build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().findValuesAsString("field")).contains("figures[12].amount");
    }

    @Test
    void aMissingDocumentNumberIsRefusedNamingTheField() {
        String body = """
                {"planId":"kh-119-2025-qng","unitCode":"21217","document":{"issuedOn":"2025-06-06"}}""";
        ApiClient.Response response = clerkOf(Units.TINH_SON).post("/api/submissions", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().findValuesAsString("field")).contains("document.number");
    }
}
