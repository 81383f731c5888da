package vn.antt.reporting.submission.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.submission.submission.Submission;
import vn.antt.reporting.submission.submission.SubmissionStatus;
import vn.antt.reporting.testsupport.KafkaEvents;
import vn.antt.reporting.testsupport.ServiceIntegrationTest;

/**
 * The demo's reports across the reform (profile demo-2026, demo/reports-reform.json) are submitted through the service
 * once their plans and outline arrive: four pre-reform communes of Huyện Bình Sơn for plan 119 (the predecessors of
 * Xã Vạn Tường and Xã Bình Sơn; not Xã Tịnh Sơn, which the README's walkthrough submits by hand), three new communes
 * for plan MH-05/KH-UBND of 2026. Each is stored as version 1 with its ReportSubmitted event, which the outbox relay
 * publishes. The plans are published as planning-service publishes them (from the same demo files), on scratch topics
 * of this class so that the other tests' plan 119 stays as it is.
 */
@ServiceIntegrationTest
@ActiveProfiles({"test", "demo-2026"})
// This context runs beside the other tests' (cached) ones: its read models use groups of their own, so that they read
// every partition from the start instead of sharing them with the other contexts (as RelayKillIntegrationTest's).
@TestPropertySource(properties = {
        "spring.cloud.stream.bindings.unitDirectory-in-0.group=submission-demo-reports-test",
        "spring.cloud.stream.bindings.plans-in-0.group=submission-demo-reports-test",
        "spring.cloud.stream.bindings.outlines-in-0.group=submission-demo-reports-test",
        "spring.cloud.stream.bindings.reviewEvents-in-0.group=submission-demo-reports-test",
        "spring.cloud.stream.bindings.reopenings-in-0.group=submission-demo-reports-test-reopenings",
        "spring.cloud.stream.bindings.plans-in-0.destination=demo-reports-test-plans",
        "spring.cloud.stream.bindings.outlines-in-0.destination=demo-reports-test-outlines",
        "spring.cloud.stream.bindings.submissionEvents-out-0.destination=demo-reports-test-submission-events",
        "reporting.demo-reports.interval=200ms"})
class DemoReportsIntegrationTest {

    static final String PLANS = "demo-reports-test-plans";
    static final String OUTLINES = "demo-reports-test-outlines";
    static final String EVENTS = "demo-reports-test-submission-events";
    static final String PLAN_119 = "kh-119-2025-qng";
    static final String PLAN_2026 = "kh-minh-hoa-05-2026-qng";

    static final List<String> BINH_SON_DISTRICT = List.of("51", "524");
    static final List<String> PROVINCE = List.of("51");

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void plansArrive() {
        publish(OUTLINES, OutlineMother.outline357());
        publish(PLANS, PlanMother.plan119().expected(List.of(
                new ExpectedUnit("21040", "Thị Trấn Châu Ổ", "COMMUNE", BINH_SON_DISTRICT),
                new ExpectedUnit("21043", "Xã Bình Thuận", "COMMUNE", BINH_SON_DISTRICT),
                new ExpectedUnit("21049", "Xã Bình Đông", "COMMUNE", BINH_SON_DISTRICT),
                new ExpectedUnit("21061", "Xã Bình Trị", "COMMUNE", BINH_SON_DISTRICT),
                new ExpectedUnit("21067", "Xã Bình Hải", "COMMUNE", BINH_SON_DISTRICT))).build());
        publish(PLANS, PlanMother.demoPlan2026(List.of(
                new ExpectedUnit("21025", "Phường Cẩm Thành", "COMMUNE", PROVINCE),
                new ExpectedUnit("21040", "Xã Bình Sơn", "COMMUNE", PROVINCE),
                new ExpectedUnit("21061", "Xã Vạn Tường", "COMMUNE", PROVINCE),
                new ExpectedUnit("23377", "Xã Bờ Y", "COMMUNE", PROVINCE))).build());
    }

    private static void publish(String topic, DomainEvent event) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.of("/test", Instant.now(), event);
        KafkaEvents.publishRaw(topic, envelope.partitionKey(), KafkaEvents.encode(envelope));
    }

    /** A figure as "indicator QUALIFIER amount[/second amount]". */
    private static String written(FigureValue figure) {
        return figure.indicator() + " " + figure.qualifier() + " " + figure.amount().stripTrailingZeros().toPlainString()
                + (figure.secondAmount() == null ? "" : "/" + figure.secondAmount().stripTrailingZeros().toPlainString());
    }

    private List<Submission> demoSubmissions() {
        return mongo.find(Query.query(Criteria.where("submittedBy").is(DemoReports.LOADER)), Submission.class);
    }

    @Test
    void theDemoReportsAreStoredAsVersionOneOfTheirUnitsOnceThePlansArrive() {
        await().atMost(Duration.ofSeconds(60)).until(() -> demoSubmissions().size() == 7);
        List<Submission> stored = demoSubmissions();

        assertThat(stored.stream().filter(s -> s.planId().equals(PLAN_119)).map(s -> s.unit().code() + " " + s.unit().name()))
                .containsExactlyInAnyOrder("21040 Thị Trấn Châu Ổ", "21043 Xã Bình Thuận", "21049 Xã Bình Đông", "21061 Xã Bình Trị");
        assertThat(stored.stream().filter(s -> s.planId().equals(PLAN_2026)).map(s -> s.unit().code() + " " + s.unit().name()))
                .containsExactlyInAnyOrder("21025 Phường Cẩm Thành", "21040 Xã Bình Sơn", "23377 Xã Bờ Y");
        assertThat(stored).allSatisfy(submission -> {
            assertThat(submission.version()).isEqualTo(1);
            assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
            // Every figure of the outline, the budget's total equal to its parts: no warning.
            assertThat(submission.figures()).hasSize(OutlineMother.indicators357().size());
            assertThat(submission.warnings()).isEmpty();
        });
        // Neither Xã Tịnh Sơn (the walkthrough's version 1) nor Xã Vạn Tường of 2026 (its demo clerk's) is taken.
        assertThat(stored).noneSatisfy(s -> assertThat(s.unit().code()).isEqualTo("21217"));
        assertThat(stored).noneSatisfy(s -> assertThat(s.planId() + " " + s.unit().code()).isEqualTo(PLAN_2026 + " 21061"));

        Submission binhThuan = stored.stream().filter(s -> s.unit().code().equals("21043")).findFirst().orElseThrow();
        assertThat(binhThuan.document().number()).isEqualTo("58/BC-UBND");
        assertThat(binhThuan.figures().stream().map(DemoReportsIntegrationTest::written)).contains(
                "propaganda.sessions MORE_THAN 60", "violations.fines-vnd NEARLY 85000000", "cases.solved EXACT 7/15");
        assertThat(binhThuan.sections()).anySatisfy(section -> {
            assertThat(section.number()).isEqualTo("II.2.1");
            assertThat(section.text()).contains("hơn 60 lượt tuyên truyền", "gần 85 triệu đồng");
        });
    }

    @Test
    void eachIsPublishedOnceThroughTheOutbox() {
        List<EventEnvelope<ReportSubmitted>> events = KafkaEvents.await(EVENTS, ReportSubmitted.class,
                e -> e.submittedBy().equals(DemoReports.LOADER), 7, Duration.ofSeconds(60));
        assertThat(events.stream().map(e -> e.data().planId() + " " + e.data().unit().code()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PLAN_119 + " 21040", PLAN_119 + " 21043", PLAN_119 + " 21049", PLAN_119 + " 21061",
                        PLAN_2026 + " 21025", PLAN_2026 + " 21040", PLAN_2026 + " 23377");
        assertThat(events).hasSize(7).allSatisfy(e -> assertThat(e.data().version()).isEqualTo(1));
        ReportSubmitted boY = events.stream().map(EventEnvelope::data).filter(e -> e.unit().code().equals("23377")).findFirst()
                .orElseThrow();
        assertThat(boY.unit().ancestry()).containsExactly("51");
        assertThat(boY.figures().stream().map(DemoReportsIntegrationTest::written)).contains(
                "propaganda.attendees MORE_THAN 2900", "safe-hamlets EXACT 15/17");
    }
}
