package vn.antt.reporting.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.domain.Sort;
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
import vn.antt.reporting.platform.tracing.TraceContinuation;

/**
 * Publishes the {@code outbox} entries of documents in the collections it serves. Without
 * multi-document transactions, the outbox lives inside the document whose change it reports, so the
 * change and its event are written atomically; the relay publishes, then removes the entry. A crash
 * in between publishes the same event (same id) again: at least once, never for a write that did not
 * happen. A lease lets several instances share the work without sending a document's events twice
 * concurrently.
 */
public class OutboxRelay implements AutoCloseable, SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String OUTBOX = "outbox";
    static final String LEASE = "outboxLeaseUntil";
    static final String PENDING_INDEX = "outbox_pending";

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final OutboxProperties properties;
    private final Clock clock;
    private final List<String> collections;
    private final TraceContinuation traces;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();
    /** Null when documents are relayed one at a time, on the scheduler's thread. */
    private final ExecutorService workers;
    private final OutboxBacklog backlog;

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
        this.collections = collections.stream().map(OutboxCollection::name).toList();
        AtomicInteger threads = new AtomicInteger();
        this.workers = properties.parallelism() == 1 ? null : Executors.newFixedThreadPool(properties.parallelism(), task -> {
            Thread thread = new Thread(task, "outbox-relay-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** As a bean: a relay pass every {@code relay-interval}. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::relayPending, properties.relayInterval());
    }

    public void relayPending() {
        for (String collection : collections) {
            ensurePendingIndex(collection);
            Set<Object> found = new HashSet<>();
            int relayed;
            do {
                relayed = relayBatch(collection, found);
            } while (relayed == properties.batchSize());
            backlog.passEnded(collection, found);
        }
    }

    /**
     * A sparse index holds only the documents with an event still to relay, so the relay's frequent look reads those,
     * not the collection. Created once per collection, at the first relay (creating an existing index is a no-op).
     */
    private void ensurePendingIndex(String collection) {
        if (indexed.contains(collection)) {
            return;
        }
        try {
            mongo.indexOps(collection).createIndex(new Index().on(OUTBOX + ".0", Sort.Direction.ASC).sparse().named(PENDING_INDEX));
            indexed.add(collection);
        } catch (RuntimeException e) {
            log.warn("Could not create the index {} on {} yet: {}", PENDING_INDEX, collection, e.toString());
        }
    }

    /**
     * Finds up to one batch of documents with pending events, then claims and publishes each; returns how many were
     * found. One query looks for them and each claim names its document's id, so a store without secondary indexes
     * reads the collection once per batch rather than once per document.
     */
    int relayBatch(String collection) {
        return relayBatch(collection, new HashSet<>());
    }

    private int relayBatch(String collection, Set<Object> seen) {
        Query candidates = Query.query(pending(clock.instant())).limit(properties.batchSize());
        candidates.fields().include("_id");
        List<Document> found = mongo.find(candidates, Document.class, collection);
        found.forEach(candidate -> {
            seen.add(candidate.get("_id"));
            backlog.found(collection, candidate.get("_id"));
        });
        if (workers == null) {
            found.forEach(candidate -> relay(collection, candidate.get("_id")));
            return found.size();
        }
        List<Future<?>> relayed = found.stream().<Future<?>>map(candidate -> workers.submit(() -> relay(collection, candidate.get("_id"))))
                .toList();
        for (Future<?> one : relayed) {
            try {
                one.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        return found.size();
    }

    private void relay(String collection, Object id) {
        Document claimed = claim(collection, id);
        if (claimed == null) { // another instance took it meanwhile
            backlog.done(collection, id);
        } else if (publishAndRemove(collection, claimed)) {
            backlog.done(collection, id);
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private static Criteria pending(Instant now) {
        return Criteria.where(OUTBOX + ".0").exists(true)
                .orOperator(Criteria.where(LEASE).exists(false), Criteria.where(LEASE).lt(now));
    }

    private Document claim(String collection, Object id) {
        Instant now = clock.instant();
        Query mine = Query.query(Criteria.where("_id").is(id).andOperator(pending(now)));
        return mongo.findAndModify(mine, new Update().set(LEASE, now.plus(properties.lease())),
                FindAndModifyOptions.options().returnNew(true), Document.class, collection);
    }

    /**
     * Sends the document's entries in order, then removes the sent ones and the lease in one update (one write per
     * document, not one per entry): a crash before it sends them again, with the same ids.
     */
    private boolean publishAndRemove(String collection, Document document) {
        Object id = document.get("_id");
        List<Document> entries = document.getList(OUTBOX, Document.class);
        List<String> sent = new ArrayList<>();
        boolean removed = false;
        try {
            for (Document entry : entries) {
                PendingEvent event = new PendingEvent(entry.getString("eventId"), entry.getString("binding"),
                        entry.getString("key"), entry.getString("payload"), trace(entry.get("trace", Document.class)));
                traces.resume(event.trace(), "outbox relay", () -> send(event));
                sent.add(event.eventId());
            }
        } catch (RuntimeException e) {
            // What was not sent stays; the next pass tries again.
            log.warn("Outbox relay of {} {} failed, will retry: {}", collection, id, e.getMessage());
        } finally {
            removed = removeSent(collection, id, sent);
        }
        return removed && sent.size() == entries.size();
    }

    /** True when the sent entries are gone from the document. */
    private boolean removeSent(String collection, Object id, List<String> sent) {
        Update update = new Update().unset(LEASE);
        if (!sent.isEmpty()) {
            update.pull(OUTBOX, new Document("eventId", new Document("$in", sent)));
        }
        try {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, collection);
            return true;
        } catch (RuntimeException e) {
            // The entries stay: sent again (same ids) when the lease has run out.
            log.warn("Could not remove the relayed entries of {} {}: {}", collection, id, e.getMessage());
            return false;
        }
    }

    private static Map<String, String> trace(Document stored) {
        Map<String, String> headers = new HashMap<>();
        if (stored != null) {
            stored.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        return headers;
    }

    /** Sends one entry and waits for the broker's acknowledgement (protected: the relay-kill test dies right after it). */
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
