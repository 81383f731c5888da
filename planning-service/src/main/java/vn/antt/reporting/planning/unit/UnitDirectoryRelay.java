package vn.antt.reporting.planning.unit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.planning.UnitChanged;

/**
 * Publishes every unit with a pending publication as {@link UnitChanged} to the compacted
 * {@code unit-directory} topic, keyed by the version's key (the unit code for a code's first version), then removes the marker, only if it is still the one
 * sent (a change stored meanwhile keeps its own). The producer is synchronous: a failed send leaves the
 * marker, and the next pass sends the same event again, with the same id. At least once, in revision
 * order per unit, never for a change that was not stored.
 */
@Component
@ConditionalOnProperty(name = "reporting.units.relay.enabled", havingValue = "true", matchIfMissing = true)
public class UnitDirectoryRelay {

    /** Spring Cloud Stream output binding, bound to the {@code unit-directory} topic. */
    public static final String BINDING = "unitDirectory-out-0";
    static final String SOURCE = "/planning-service";
    private static final Logger log = LoggerFactory.getLogger(UnitDirectoryRelay.class);
    /** Structured CloudEvents labelled plain JSON, as every publisher of the platform does (see the constant). */
    private static final MimeType CONTENT_TYPE = MimeType.valueOf(EventEnvelope.KAFKA_CONTENT_TYPE);

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final CloudEventCodec codec;
    private final UnitDirectoryProperties properties;
    private final RelayLease lease;
    private final UnitDirectoryTopic topic;

    public UnitDirectoryRelay(MongoTemplate mongo, StreamBridge bridge, CloudEventCodec codec,
                              UnitDirectoryProperties properties, Clock clock, UnitDirectoryTopic topic) {
        this.mongo = mongo;
        this.topic = topic;
        this.bridge = bridge;
        this.codec = codec;
        this.properties = properties;
        this.lease = new RelayLease(mongo, clock, BINDING, properties.relay().lease());
    }

    @Scheduled(fixedDelayString = "${reporting.units.relay.interval:500ms}",
            initialDelayString = "${reporting.units.relay.interval:500ms}")
    public void publishPending() {
        try {
            int sent;
            do {
                if (!lease.acquire()) {
                    return;
                }
                topic.ensureCompacted();
                sent = publishBatch();
            } while (sent == properties.relay().batchSize());
        } catch (RuntimeException e) {
            log.warn("Publication of unit changes failed, next pass retries: {}", NestedExceptionUtils.getMostSpecificCause(e).toString());
        }
    }

    /** Sends one batch of pending units; returns how many were sent, less than a batch when done or failed. */
    int publishBatch() {
        Query pending = Query.query(Criteria.where("pending.eventId").exists(true)).limit(properties.relay().batchSize());
        List<Unit> batch = mongo.find(pending, Unit.class);
        List<Unit> sent = new ArrayList<>(batch.size());
        try {
            for (Unit unit : batch) {
                send(unit);
                sent.add(unit);
            }
        } catch (RuntimeException e) {
            log.warn("Could not publish unit {} (next pass retries): {}", batch.get(sent.size()).code(),
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
        } finally {
            markPublished(sent);
        }
        return sent.size() == batch.size() ? sent.size() : 0;
    }

    private void send(Unit unit) {
        EventEnvelope<UnitChanged> envelope = EventEnvelope.of(unit.pending().eventId(), SOURCE,
                unit.pending().occurredAt(), unit.toEvent());
        Message<byte[]> message = MessageBuilder.withPayload(codec.encode(envelope))
                .setHeader(KafkaHeaders.KEY, envelope.partitionKey().getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.CONTENT_TYPE, EventEnvelope.KAFKA_CONTENT_TYPE)
                .build();
        if (!bridge.send(BINDING, message, CONTENT_TYPE)) {
            throw new IllegalStateException("binding " + BINDING + " refused the event of unit " + unit.code());
        }
    }

    private void markPublished(List<Unit> sent) {
        if (sent.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Unit.class);
        for (Unit unit : sent) {
            // The event id is unique: a change stored since the send has a new one and keeps its marker.
            // By its id as well: a store's index finds it without reading the directory.
            bulk.updateOne(Query.query(Criteria.where("_id").is(unit.key()).and("pending.eventId").is(unit.pending().eventId())),
                    new Update().unset("pending"));
        }
        bulk.execute();
    }
}
