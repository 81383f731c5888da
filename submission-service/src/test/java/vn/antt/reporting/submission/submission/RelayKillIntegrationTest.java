package vn.antt.reporting.submission.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.platform.outbox.OutboxCollection;
import vn.antt.reporting.platform.outbox.OutboxProperties;
import vn.antt.reporting.platform.outbox.OutboxRelay;
import vn.antt.reporting.platform.outbox.PendingEvent;
import vn.antt.reporting.platform.tracing.TraceContinuation;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.KafkaEvents;

/**
 * The guarantee of the outbox, proved against the real broker and store: a relay that dies after the
 * broker acknowledged a record but before it removed the entry (the worst moment) loses nothing; the
 * next relay publishes the rest and that one record again, with the same event id (consumers
 * deduplicate); no event exists for a submit that was refused.
 */
// The service's own relay runs once at start-up and then not for an hour, and publishes nothing right after a write:
// this test drives relays itself.
// This context runs beside the other tests' (cached) ones: its read models use groups of their own, so
// that they read every partition from the start instead of sharing them with the other contexts.
@TestPropertySource(properties = {
        "reporting.outbox.relay-interval=1h",
        "reporting.outbox.prompt-capacity=0",
        "spring.cloud.stream.bindings.unitDirectory-in-0.group=submission-relay-kill-test",
        "spring.cloud.stream.bindings.plans-in-0.group=submission-relay-kill-test",
        "spring.cloud.stream.bindings.outlines-in-0.group=submission-relay-kill-test",
        "spring.cloud.stream.bindings.reviewEvents-in-0.group=submission-relay-kill-test"})
class RelayKillIntegrationTest extends SubmissionApiTest {

    /** What a SIGKILL does to the relay thread: nothing after it runs, no catch block sees it. */
    static final class RelayKilled extends Error {
        RelayKilled() {
            super("relay killed after the broker acknowledged the record, before the entry was removed");
        }
    }

    @Autowired
    StreamBridge bridge;

    @Autowired
    TraceContinuation traces;

    @Autowired
    Clock clock;

    @Test
    void aRelayKilledBetweenPublishAndRemovalLosesNothingAndTheNextOneRepublishesWithTheSameId() {
        String plan = newPlan119("kh-relay-");
        ApiClient clerk = tinhSonClerk();
        for (int i = 0; i < 5; i++) {
            assertThat(clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build()).status()).isEqualTo(201);
        }
        // A refused submit stores and publishes nothing.
        assertThat(clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).withoutSection("I").build())
                .status()).isEqualTo(422);
        assertThat(pending(plan)).isEqualTo(5);

        // One document at a time, so that the crash falls at a known point.
        OutboxProperties properties = new OutboxProperties(Duration.ofMillis(200), 100, Duration.ofSeconds(30), 1, 0);
        List<OutboxCollection> collections = List.of(new OutboxCollection(Submission.COLLECTION));
        AtomicInteger sent = new AtomicInteger();
        OutboxRelay dying = new OutboxRelay(mongo, bridge, properties, clock, collections, traces) {
            @Override
            protected boolean send(PendingEvent event) {
                boolean acknowledged = super.send(event);
                if (sent.incrementAndGet() == 3) {
                    throw new RelayKilled();
                }
                return acknowledged;
            }
        };
        assertThatThrownBy(dying::relayPending).isInstanceOf(RelayKilled.class);
        assertThat(pending(plan)).as("two removed, the third sent but not removed, two not sent").isEqualTo(3);

        // The next instance starts after the dead one's lease has run out.
        OutboxRelay restarted = new OutboxRelay(mongo, bridge, properties, Clock.offset(clock, Duration.ofMinutes(1)),
                collections, traces);
        restarted.relayPending();

        assertThat(pending(plan)).isZero();
        List<EventEnvelope<ReportSubmitted>> records = KafkaEvents.all(Topics.SUBMISSION_EVENTS, ReportSubmitted.class,
                e -> e.planId().equals(plan), Duration.ofSeconds(2));
        Map<String, Long> recordsPerEventId = records.stream().collect(Collectors.groupingBy(EventEnvelope::id, Collectors.counting()));
        assertThat(records).hasSize(6);
        assertThat(recordsPerEventId).hasSize(5);
        assertThat(recordsPerEventId.values()).containsExactlyInAnyOrder(1L, 1L, 1L, 1L, 2L);
        Map<String, Integer> versionPerSubmission = records.stream().map(EventEnvelope::data)
                .collect(Collectors.toMap(ReportSubmitted::submissionId, ReportSubmitted::version, (a, b) -> a));
        assertThat(versionPerSubmission.values()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(versionPerSubmission.keySet()).containsExactlyInAnyOrderElementsOf(
                mongo.find(Query.query(Criteria.where("planId").is(plan)), Submission.class).stream().map(Submission::id).toList());
        // The relay's look for pending events reads a sparse index of the documents that have one.
        assertThat(mongo.indexOps(Submission.COLLECTION).getIndexInfo()).anySatisfy(index -> {
            assertThat(index.getName()).isEqualTo("outbox_pending");
            assertThat(index.isSparse()).isTrue();
            assertThat(index.getIndexFields()).extracting(field -> field.getKey()).containsExactly("outbox.0");
        });
    }

    private long pending(String plan) {
        return mongo.find(Query.query(Criteria.where("planId").is(plan)), Submission.class).stream()
                .mapToLong(s -> s.outbox().size()).sum();
    }
}
