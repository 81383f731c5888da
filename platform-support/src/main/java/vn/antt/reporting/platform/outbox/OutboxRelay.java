package vn.antt.reporting.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.util.MimeType;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.platform.lease.Leases;
import vn.antt.reporting.platform.tracing.TraceContinuation;

/**
 * Publishes the events the documents of its collections owe ({@link OutboxEntries}: an {@code outbox} array, or a
 * collection's own marker). Without multi-document transactions, the event lives inside the document whose change it
 * reports, so the change and its event are written atomically; the relay publishes, then removes the event. A crash
 * in between publishes the same event (same id) again: at least once, never for a write that did not happen. An
 * event stored meanwhile is not removed with the sent ones: it keeps its own entry for the next pass.
 *
 * <p>A pass over a collection goes by batches. A shared collection's documents are claimed under a per-document
 * lease ({@link Leases}), so that several instances share the work without sending a document's events twice
 * concurrently; a single-holder collection is relayed by one instance at a time under a named lease, so that each
 * document's events go out in the order they were stored. Store operations per batch, whatever its size: shared, a
 * look for candidates, one claim of them all, one read of those claimed, one bulk removal (4); single holder, the
 * lease, one read, one bulk removal (3). The removals of a batch are written when it ends, also when a send failed.
 *
 * <p>A new document need not wait for a pass: {@link #insertAndPublish} writes it already claimed by this instance and
 * has a worker publish its events at once, then remove them with the claim (one update). The passes never see it
 * unless that fails: a failed send ends the claim at once, a crash leaves it until the lease has run out.
 */
public class OutboxRelay implements AutoCloseable, SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String LEASE = "outboxLeaseUntil";
    static final String LEASE_HOLDER = "outboxLeaseHolder";

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final OutboxProperties properties;
    private final Clock clock;
    private final List<OutboxCollection> collections;
    private final TraceContinuation traces;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();
    /** Null when documents are relayed one at a time, on the scheduler's thread. */
    private final ExecutorService workers;
    private final OutboxBacklog backlog;
    private final Leases claims;
    private final Leases named;
    /** Documents being published right after their write; when none is left, a write's events wait for a pass. */
    private final Semaphore prompt;

    /** A relay whose backlog is measured but not exported (tests that build one by hand). */
    public OutboxRelay(MongoTemplate mongo, StreamBridge bridge, OutboxProperties properties, Clock clock,
                       List<OutboxCollection> collections, TraceContinuation traces) {
        this(mongo, bridge, properties, clock, collections, traces,
                new OutboxBacklog(clock, new SimpleMeterRegistry(), collections.stream().map(OutboxCollection::name).toList()));
    }

    public OutboxRelay(MongoTemplate mongo, StreamBridge bridge, OutboxProperties properties, Clock clock,
                       List<OutboxCollection> collections, TraceContinuation traces, OutboxBacklog backlog) {
        this.backlog = backlog;
        this.traces = traces;
        this.mongo = mongo;
        this.bridge = bridge;
        this.properties = properties;
        this.clock = clock;
        this.collections = List.copyOf(collections);
        this.claims = new Leases(mongo, clock, properties.lease(), LEASE, LEASE_HOLDER);
        this.named = Leases.named(mongo, clock, properties.lease());
        AtomicInteger threads = new AtomicInteger();
        this.workers = properties.parallelism() == 1 ? null : Executors.newFixedThreadPool(properties.parallelism(), task -> {
            Thread thread = new Thread(task, "outbox-relay-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.prompt = new Semaphore(workers == null ? 0 : properties.promptCapacity());
    }

    /** As a bean: a relay pass every {@code relay-interval}. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::relayPending, properties.relayInterval());
    }

    public void relayPending() {
        for (OutboxCollection collection : collections) {
            try {
                ensurePendingIndex(collection);
                Set<Object> found = new HashSet<>();
                int relayed;
                do {
                    relayed = relayBatch(collection, found);
                } while (relayed == properties.batchSize());
                backlog.passEnded(collection.name(), found);
            } catch (RuntimeException e) {
                // The store could not be reached: the next pass tries again; the other collections are relayed meanwhile.
                log.warn("Outbox relay of {} failed, next pass retries: {}", collection.name(),
                        NestedExceptionUtils.getMostSpecificCause(e).toString());
            }
        }
    }

    /**
     * A sparse index holds only the documents with an event still to relay, so the relay's frequent look reads those,
     * not the collection. Created once per collection, at the first relay (creating an existing index is a no-op).
     */
    private void ensurePendingIndex(OutboxCollection collection) {
        Index index = collection.entries().pendingIndex();
        if (index == null || indexed.contains(collection.name())) {
            return;
        }
        try {
            mongo.indexOps(collection.name()).createIndex(index);
            indexed.add(collection.name());
        } catch (RuntimeException e) {
            log.warn("Could not create the pending index on {} yet: {}", collection.name(), e.toString());
        }
    }

    /**
     * Relays one batch of the collection's documents that owe events; returns how many were relayed completely (all
     * their events sent and removed), less than a batch when there were fewer or a send failed.
     */
    protected int relayBatch(String collection) {
        OutboxCollection relayed = relayed(collection);
        ensurePendingIndex(relayed);
        return relayBatch(relayed, new HashSet<>());
    }

    private OutboxCollection relayed(String collection) {
        return collections.stream().filter(c -> c.name().equals(collection)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not relayed here: " + collection));
    }

    private int relayBatch(OutboxCollection collection, Set<Object> seen) {
        // A document is sent only while at least half of the lease taken for it is left: a send outlasting the rest
        // still ends before another instance may take the document (or the collection) over.
        Instant sendBefore = clock.instant().plus(properties.lease().dividedBy(2));
        List<Document> documents = collection.shared() ? claimBatch(collection) : readBatch(collection);
        documents.forEach(document -> seen.add(document.get("_id")));
        return relay(collection, documents, sendBefore, false);
    }

    /**
     * Publishes the events of documents this instance holds and removes those sent; returns how many were complete.
     * {@code here}: on this thread (a worker's own), else on the workers when there are any.
     */
    private int relay(OutboxCollection collection, List<Document> documents, Instant sendBefore, boolean here) {
        if (documents.isEmpty()) {
            return 0;
        }
        documents.forEach(document -> backlog.found(collection.name(), document.get("_id")));
        Map<Object, List<String>> sent = new ConcurrentHashMap<>();
        Set<Object> complete = ConcurrentHashMap.newKeySet();
        try {
            collection.entries().beforePublishing();
            if (here) {
                documents.forEach(document -> publish(collection, document, sendBefore, sent, complete));
            } else {
                publish(collection, documents, sendBefore, sent, complete);
            }
        } catch (RuntimeException e) {
            log.warn("Outbox relay of {} failed, next pass retries: {}", collection.name(),
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
        } finally {
            // Also when the relay dies (an Error): what was acknowledged is removed, the rest sent again later.
            if (!remove(collection, documents, sent)) {
                complete.clear();
            }
        }
        complete.forEach(id -> backlog.done(collection.name(), id));
        return complete.size();
    }

    /**
     * Inserts {@code entity}, a new document of a shared collection whose outbox holds events, and publishes them at
     * once instead of at the next pass. The document is written claimed by this instance (no store operation more
     * than the insert); a worker sends its events and removes them with the claim in one update; the caller does not
     * wait for the broker. When {@code prompt-capacity} documents are already being published this way (a burst
     * outrunning the broker) or the relay has no workers, the document is written unclaimed for the next pass. The
     * claimed document is converted and inserted as a raw document, so Spring Data's entity callbacks and mapping
     * events do not run for it (no service registers any).
     *
     * @return the entity, as {@link MongoTemplate#insert(Object, String)} returns it
     * @throws org.springframework.dao.DuplicateKeyException as the insert does (then nothing is published)
     */
    public <T> T insertAndPublish(T entity, String collectionName) {
        OutboxCollection collection = relayed(collectionName);
        if (!collection.shared() || !prompt.tryAcquire()) {
            return mongo.insert(entity, collectionName);
        }
        boolean handedOver = false;
        try {
            Document document = new Document();
            mongo.getConverter().write(entity, document);
            Instant sendBefore = claims.claimNew(document).minus(properties.lease().dividedBy(2));
            mongo.insert(document, collectionName);
            workers.execute(() -> {
                try {
                    // On this worker: a worker waiting for another would hold its thread while the queue fills.
                    relay(collection, List.of(document), sendBefore, true);
                } finally {
                    prompt.release();
                }
            });
            handedOver = true;
            return entity;
        } catch (RejectedExecutionException closing) {
            // The relay is closing: the claim runs out and a pass (of this instance or another) publishes the events.
            return entity;
        } finally {
            if (!handedOver) {
                prompt.release();
            }
        }
    }

    /** Up to one batch of documents that owe events, claimed: one look, one claim of them all, one read of those taken. */
    private List<Document> claimBatch(OutboxCollection collection) {
        Query candidates = Query.query(new Criteria().andOperator(collection.entries().owing(), claims.takeable(clock.instant())))
                .limit(properties.batchSize());
        candidates.fields().include("_id");
        List<Object> ids = mongo.find(candidates, Document.class, collection.name()).stream().map(d -> d.get("_id")).toList();
        List<Document> claimed = claims.claim(collection.name(), ids, collection.entries().owing(), Document.class);
        if (claimed.size() < ids.size()) { // the others were taken by another instance meanwhile
            Set<Object> taken = new HashSet<>(claimed.stream().map(d -> d.get("_id")).toList());
            ids.stream().filter(id -> !taken.contains(id)).forEach(id -> backlog.done(collection.name(), id));
        }
        return claimed;
    }

    /** Up to one batch of documents that owe events, read whole while this instance holds the collection's lease. */
    private List<Document> readBatch(OutboxCollection collection) {
        if (!named.acquire(collection.singleHolder())) {
            return List.of(); // another instance relays the collection
        }
        return mongo.find(Query.query(collection.entries().owing()).limit(properties.batchSize()), Document.class,
                collection.name());
    }

    private void publish(OutboxCollection collection, List<Document> documents, Instant sendBefore,
                         Map<Object, List<String>> sent, Set<Object> complete) {
        if (workers == null) {
            documents.forEach(document -> publish(collection, document, sendBefore, sent, complete));
            return;
        }
        List<Future<?>> running = documents.stream()
                .<Future<?>>map(document -> workers.submit(() -> publish(collection, document, sendBefore, sent, complete))).toList();
        Throwable failure = null;
        for (Future<?> one : running) { // every one ends before the removals are written
            try {
                one.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.forEach(other -> other.cancel(true));
                return;
            }
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
    }

    /** Sends the document's events in order, noting each as soon as the broker acknowledged it. */
    private void publish(OutboxCollection collection, Document document, Instant sendBefore, Map<Object, List<String>> sent,
                         Set<Object> complete) {
        if (!clock.instant().isBefore(sendBefore)) {
            return; // left for the next batch, under a lease of its own
        }
        Object id = document.get("_id");
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        sent.put(id, acknowledged);
        try {
            for (PendingEvent event : collection.entries().events(document)) {
                traces.resume(event.trace(), "outbox relay", () -> send(event));
                acknowledged.add(event.eventId());
            }
            complete.add(id);
        } catch (RuntimeException e) {
            // What was not sent stays; the next pass tries again.
            log.warn("Outbox relay of {} {} failed, will retry: {}", collection.name(), id,
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
        }
    }

    /**
     * Removes the sent events of the batch's documents and the claims on them, in one bulk write (one update per
     * document): a crash before it sends them again, with the same ids. True when it was written.
     */
    private boolean remove(OutboxCollection collection, List<Document> documents, Map<Object, List<String>> sent) {
        OutboxEntries entries = collection.entries();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection.name());
        int updates = 0;
        for (Document document : documents) {
            Object id = document.get("_id");
            List<String> ofDocument = acknowledged(sent.get(id));
            Criteria filter = Criteria.where("_id").is(id);
            Update update = new Update();
            if (!ofDocument.isEmpty()) {
                Criteria still = entries.stillOwing(ofDocument);
                if (still != null) {
                    filter = entries.stillOwingFindsTheDocument() ? still : filter.andOperator(still);
                }
                update = entries.removing(ofDocument);
            } else if (!collection.shared()) {
                continue; // nothing sent, no claim to end
            }
            bulk.updateOne(Query.query(filter), collection.shared() ? claims.release(update) : update);
            updates++;
        }
        if (updates == 0) {
            return true;
        }
        try {
            bulk.execute();
            return true;
        } catch (RuntimeException e) {
            // The events stay: sent again (same ids) by the next pass, or when the claims have run out.
            log.warn("Could not remove the relayed events of {}: {}", collection.name(), e.getMessage());
            return false;
        }
    }

    private static List<String> acknowledged(List<String> sent) {
        if (sent == null) {
            return List.of();
        }
        synchronized (sent) { // a synchronized list is copied under its own lock
            return List.copyOf(sent);
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /** Sends one event and waits for the broker's acknowledgement (protected: the relay-kill test dies right after it). */
    protected boolean send(PendingEvent event) {
        Message<byte[]> message = MessageBuilder.withPayload(event.payload().getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, event.key().getBytes(StandardCharsets.UTF_8))
                .setHeader("contentType", EventEnvelope.KAFKA_CONTENT_TYPE)
                .build();
        if (!bridge.send(event.binding(), message, MimeType.valueOf(EventEnvelope.KAFKA_CONTENT_TYPE))) {
            throw new IllegalStateException("binding " + event.binding() + " refused event " + event.eventId());
        }
        return true;
    }
}
