package vn.antt.reporting.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import vn.antt.reporting.platform.testing.InMemoryStore;
import vn.antt.reporting.platform.testing.SettableClock;
import vn.antt.reporting.platform.tracing.TraceContinuation;

/**
 * What a relay pass costs the store, counted by a command listener on the relay's client: a batch is a fixed number
 * of operations whatever its size (before: one look per batch and two per document, a claim and a removal, so 41
 * for 20 documents).
 */
class OutboxRelayStoreOperationsTest {

    private static final int DOCUMENTS = 20;
    private static final TraceContinuation NO_TRACING = new TraceContinuation(
            new DefaultListableBeanFactory().getBeanProvider(Tracer.class),
            new DefaultListableBeanFactory().getBeanProvider(Propagator.class));

    private final InMemoryStore store = new InMemoryStore();
    private final MongoTemplate mongo = store.template();
    private final SettableClock clock = new SettableClock(Instant.parse("2025-06-09T08:00:00Z"));
    private final List<PendingEvent> sent = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stopStore() {
        store.close();
    }

    @Test
    void aSharedCollectionsBatchCostsFourOperationsWhateverItsSize() {
        OutboxRelay relay = relay(new OutboxCollection("submissions"), 1);
        relay.relayPending(); // the first pass creates the pending index
        insertOwing("submissions");
        store.forgetCommands();

        relay.relayPending();

        assertThat(store.commands()).as("look, claim, read the claimed, remove the sent")
                .containsExactly("find", "update", "find", "update");
        assertThat((double) store.commands().size() / DOCUMENTS).isLessThanOrEqualTo(0.2);
        assertThat(sent).hasSize(2 * DOCUMENTS);
        assertThat(mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), "submissions")).isZero();
        assertThat(mongo.count(Query.query(Criteria.where(OutboxRelay.LEASE).exists(true)), "submissions"))
                .as("claims ended with the removal").isZero();
        relay.close();
    }

    @Test
    void aSingleHolderCollectionsBatchCostsThreeOperationsAndItsDocumentsEventsGoOutInOrder() {
        OutboxRelay relay = relay(OutboxCollection.singleHolder("units", EmbeddedOutbox.INSTANCE, "units-relay"), 1);
        relay.relayPending();
        insertOwing("units");
        store.forgetCommands();

        relay.relayPending();

        assertThat(store.commands()).as("the lease, read, remove the sent").containsExactly("findAndModify", "find", "update");
        assertThat(sent).hasSize(2 * DOCUMENTS);
        IntStream.range(0, DOCUMENTS).mapToObj(OutboxRelayStoreOperationsTest::key).forEach(key ->
                assertThat(sent.stream().filter(event -> event.key().equals(key)).map(PendingEvent::eventId))
                        .containsExactly(key + "-1", key + "-2"));
        assertThat(mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), "units")).isZero();
    }

    @Test
    void anEventStoredWhileItsDocumentWasRelayedStaysForTheNextPass() {
        mongo.insert(owing(0), "submissions");
        OutboxRelay relay = new OutboxRelay(mongo, null, properties(1), clock, List.of(new OutboxCollection("submissions")),
                NO_TRACING) {
            @Override
            protected boolean send(PendingEvent event) {
                sent.add(event);
                if (sent.size() == 1) { // a write of the service appends an event meanwhile
                    mongo.updateFirst(Query.query(Criteria.where("_id").is(key(0))),
                            new Update().push("outbox", entry(key(0), 3)), "submissions");
                }
                return true;
            }
        };

        relay.relayPending();
        assertThat(sent).extracting(PendingEvent::eventId).containsExactly(key(0) + "-1", key(0) + "-2");
        assertThat(mongo.findById(key(0), Document.class, "submissions").getList("outbox", Document.class))
                .extracting(entry -> entry.getString("eventId")).containsExactly(key(0) + "-3");

        relay.relayPending();
        assertThat(sent).extracting(PendingEvent::eventId).endsWith(key(0) + "-3");
    }

    /** A new document as a service writes it: its own fields and the events it owes. */
    record Owing(@Id String id, String planId, List<PendingEvent> outbox) {
    }

    @Test
    void aNewDocumentsEventsArePublishedRightAfterItsInsertAtTheCostOfOneUpdate() {
        OutboxRelay relay = relay(new OutboxCollection("submissions"), 2, 4);
        store.forgetCommands();

        Owing written = relay.insertAndPublish(owingRecord(0), "submissions");

        assertThat(written.id()).isEqualTo(key(0));
        await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 2 && store.commands().size() == 2);
        assertThat(sent).extracting(PendingEvent::eventId).containsExactly(key(0) + "-1", key(0) + "-2");
        assertThat(store.commands()).as("the insert, then the removal of the sent events with the claim")
                .containsExactly("insert", "update");
        Document stored = mongo.findById(key(0), Document.class, "submissions");
        assertThat(stored.getString("planId")).isEqualTo("kh-119");
        assertThat(stored.getList("outbox", Document.class)).isEmpty();
        assertThat(stored).doesNotContainKeys(OutboxRelay.LEASE, OutboxRelay.LEASE_HOLDER);
        // The pass does not find it again.
        relay.relayPending();
        assertThat(sent).hasSize(2);
        relay.close();
    }

    @Test
    void aFailedPromptSendEndsTheClaimAtOnceSoTheNextPassPublishesTheEvents() {
        CountDownLatch refused = new CountDownLatch(1);
        OutboxRelay relay = new OutboxRelay(mongo, null, properties(2, 4), clock, List.of(new OutboxCollection("submissions")),
                NO_TRACING) {
            @Override
            protected boolean send(PendingEvent event) {
                if (refused.getCount() > 0) {
                    refused.countDown();
                    throw new IllegalStateException("broker unreachable");
                }
                sent.add(event);
                return true;
            }
        };

        relay.insertAndPublish(owingRecord(0), "submissions");

        await().atMost(Duration.ofSeconds(5)).until(() -> !mongo.findById(key(0), Document.class, "submissions")
                .containsKey(OutboxRelay.LEASE));
        assertThat(sent).isEmpty();
        assertThat(mongo.findById(key(0), Document.class, "submissions").getList("outbox", Document.class)).hasSize(2);
        relay.relayPending(); // at the same instant: no lease to wait for
        assertThat(sent).extracting(PendingEvent::eventId).containsExactly(key(0) + "-1", key(0) + "-2");
        relay.close();
    }

    @Test
    void beyondThePromptCapacityANewDocumentIsWrittenUnclaimedForTheNextPass() throws InterruptedException {
        CountDownLatch brokerSlow = new CountDownLatch(1);
        OutboxRelay relay = new OutboxRelay(mongo, null, properties(2, 1), clock, List.of(new OutboxCollection("submissions")),
                NO_TRACING) {
            @Override
            protected boolean send(PendingEvent event) {
                if (event.key().equals(key(0))) {
                    try {
                        brokerSlow.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                sent.add(event);
                return true;
            }
        };
        relay.insertAndPublish(owingRecord(0), "submissions"); // takes the one prompt place while its send waits

        relay.insertAndPublish(owingRecord(1), "submissions");

        assertThat(mongo.findById(key(0), Document.class, "submissions")).containsKey(OutboxRelay.LEASE);
        assertThat(mongo.findById(key(1), Document.class, "submissions")).doesNotContainKey(OutboxRelay.LEASE);
        relay.relayPending();
        assertThat(sent).extracting(PendingEvent::eventId).containsExactly(key(1) + "-1", key(1) + "-2");
        brokerSlow.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 4);
        assertThat(mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), "submissions")).isZero();
        relay.close();
    }

    private static Owing owingRecord(int i) {
        return new Owing(key(i), "kh-119", List.of(pending(key(i), 1), pending(key(i), 2)));
    }

    private static PendingEvent pending(String key, int n) {
        return new PendingEvent(key + "-" + n, "events-out-0", key, "{\"n\":" + n + "}", Map.of());
    }

    private OutboxRelay relay(OutboxCollection collection, int parallelism) {
        return relay(collection, parallelism, 0);
    }

    private OutboxRelay relay(OutboxCollection collection, int parallelism, int promptCapacity) {
        return new OutboxRelay(mongo, null, properties(parallelism, promptCapacity), clock, List.of(collection), NO_TRACING) {
            @Override
            protected boolean send(PendingEvent event) {
                sent.add(event);
                return true;
            }
        };
    }

    private static OutboxProperties properties(int parallelism) {
        return properties(parallelism, 0);
    }

    private static OutboxProperties properties(int parallelism, int promptCapacity) {
        return new OutboxProperties(Duration.ofMillis(200), 100, Duration.ofSeconds(30), parallelism, promptCapacity);
    }

    private void insertOwing(String collection) {
        mongo.insert(IntStream.range(0, DOCUMENTS).mapToObj(OutboxRelayStoreOperationsTest::owing).toList(), collection);
    }

    private static Document owing(int i) {
        return new Document("_id", key(i)).append("outbox", List.of(entry(key(i), 1), entry(key(i), 2)));
    }

    private static Document entry(String key, int n) {
        return new Document("eventId", key + "-" + n).append("binding", "events-out-0").append("key", key)
                .append("payload", "{\"n\":" + n + "}");
    }

    private static String key(int i) {
        return "doc-" + i;
    }
}
