package vn.antt.reporting.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * CloudEvents 1.0 envelope in structured mode: the whole record is the Kafka message value, as JSON
 * ({@code application/cloudevents+json}). The {@code id} is unique per event and is what consumers
 * deduplicate on.
 *
 * @param specversion     always {@code 1.0}
 * @param id              unique event id (UUID)
 * @param source          publishing service, e.g. {@code /submission-service}
 * @param type            e.g. {@code vn.antt.reporting.submission.report-submitted.v1}
 * @param subject         what the event is about (see {@link DomainEvent#subject()})
 * @param time            when it happened (UTC instant)
 * @param dataschema      identifies the schema of {@code data}, including its version
 * @param datacontenttype always {@code application/json}
 * @param data            the event record
 */
public record EventEnvelope<T extends DomainEvent>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String dataschema,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    /**
     * Content type of the Kafka records. The value is a structured CloudEvent, but it is labelled plain
     * JSON because Spring Cloud Function rewrites {@code application/cloudevents+json} messages into
     * binary mode (data only) before a consumer sees them, and our consumers read the whole envelope.
     */
    public static final String KAFKA_CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    /** Wraps an event with a fresh id. */
    public static <T extends DomainEvent> EventEnvelope<T> of(String source, Instant time, T data) {
        return of(UUID.randomUUID().toString(), source, time, data);
    }

    /** Wraps an event with a given id, e.g. one reserved in an outbox so that a re-publish keeps it. */
    public static <T extends DomainEvent> EventEnvelope<T> of(String id, String source, Instant time, T data) {
        EventCatalog.Entry entry = EventCatalog.entryFor(data.getClass());
        return new EventEnvelope<>(SPEC_VERSION, id, source, entry.cloudEventType(), data.subject(), time,
                entry.dataschema(), "application/json", data);
    }

    public String partitionKey() {
        return data.partitionKey();
    }
}
