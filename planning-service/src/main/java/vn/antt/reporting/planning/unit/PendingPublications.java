package vn.antt.reporting.planning.unit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.platform.outbox.OutboxEntries;
import vn.antt.reporting.platform.outbox.PendingEvent;

/**
 * The outbox form of a unit: its {@link Unit#pending() pending publication}, the marker of the one event its current
 * revision owes, written with the change. The event is the unit as stored, under the id reserved with the marker; once
 * sent, the marker is removed only if it is still the one sent (a change stored meanwhile has a new id and keeps its
 * own).
 */
record PendingPublications(MongoConverter converter, CloudEventCodec codec, UnitDirectoryTopic topic) implements OutboxEntries {

    private static final String MARKER = "pending";
    private static final String EVENT_ID = MARKER + ".eventId";

    @Override
    public Criteria owing() {
        return Criteria.where(EVENT_ID).exists(true);
    }

    /** None: the unique sparse index of {@link Unit.PendingPublication#eventId()} holds exactly the owing units. */
    @Override
    public Index pendingIndex() {
        return null;
    }

    @Override
    public List<PendingEvent> events(Document document) {
        Unit unit = converter.read(Unit.class, document);
        EventEnvelope<UnitChanged> envelope = EventEnvelope.of(unit.pending().eventId(), UnitDirectoryRelay.SOURCE,
                unit.pending().occurredAt(), unit.toEvent());
        return List.of(new PendingEvent(envelope.id(), UnitDirectoryRelay.BINDING, envelope.partitionKey(),
                new String(codec.encode(envelope), StandardCharsets.UTF_8), Map.of()));
    }

    @Override
    public Criteria stillOwing(List<String> sentEventIds) {
        // By its id as well (the relay adds it): a store's index finds it without reading the directory.
        return Criteria.where(EVENT_ID).in(sentEventIds);
    }

    /**
     * The marker's event id is unique (sparse unique index): it finds the unit by itself. Filtered by {@code _id} too,
     * the embedded store scanned the whole directory for each removal (≈ 5 s per batch of 500 after an import).
     */
    @Override
    public boolean stillOwingFindsTheDocument() {
        return true;
    }

    @Override
    public Update removing(List<String> sentEventIds) {
        return new Update().unset(MARKER);
    }

    /** Before anything is published: the topic exists and is compacted (throws when Kafka cannot be reached). */
    @Override
    public void beforePublishing() {
        topic.ensureCompacted();
    }
}
