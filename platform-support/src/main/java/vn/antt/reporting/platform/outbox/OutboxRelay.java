package vn.antt.reporting.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.MimeType;

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
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String OUTBOX = "outbox";
    static final String LEASE = "outboxLeaseUntil";

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final OutboxProperties properties;
    private final Clock clock;
    private final List<String> collections;
    private final TraceContinuation traces;

    public OutboxRelay(MongoTemplate mongo, StreamBridge bridge, OutboxProperties properties, Clock clock,
                       List<OutboxCollection> collections, TraceContinuation traces) {
        this.traces = traces;
        this.mongo = mongo;
        this.bridge = bridge;
        this.properties = properties;
        this.clock = clock;
        this.collections = collections.stream().map(OutboxCollection::name).toList();
    }

    @Scheduled(fixedDelayString = "${reporting.outbox.relay-interval:200ms}")
    public void relayPending() {
        for (String collection : collections) {
            int relayed;
            do {
                relayed = relayBatch(collection);
            } while (relayed == properties.batchSize());
        }
    }

    /** Claims and publishes up to one batch of documents with pending events; returns how many. */
    int relayBatch(String collection) {
        int count = 0;
        for (int i = 0; i < properties.batchSize(); i++) {
            Document claimed = claimNext(collection);
            if (claimed == null) {
                break;
            }
            publishAndRemove(collection, claimed);
            count++;
        }
        return count;
    }

    private Document claimNext(String collection) {
        Instant now = clock.instant();
        Query pending = Query.query(Criteria.where(OUTBOX + ".0").exists(true)
                .orOperator(Criteria.where(LEASE).exists(false), Criteria.where(LEASE).lt(now)));
        return mongo.findAndModify(pending, new Update().set(LEASE, now.plus(properties.lease())),
                FindAndModifyOptions.options().returnNew(true), Document.class, collection);
    }

    private void publishAndRemove(String collection, Document document) {
        Object id = document.get("_id");
        List<Document> entries = document.getList(OUTBOX, Document.class);
        try {
            for (Document entry : entries) {
                PendingEvent event = new PendingEvent(entry.getString("eventId"), entry.getString("binding"),
                        entry.getString("key"), entry.getString("payload"), trace(entry.get("trace", Document.class)));
                traces.resume(event.trace(), "outbox relay", () -> send(event));
                mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                        new Update().pull(OUTBOX, new Document("eventId", event.eventId())), collection);
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset(LEASE), collection);
        } catch (RuntimeException e) {
            // The entry stays; the lease expires and the next pass tries again.
            log.warn("Outbox relay of {} {} failed, will retry: {}", collection, id, e.getMessage());
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
