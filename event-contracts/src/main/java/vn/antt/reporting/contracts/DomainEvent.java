package vn.antt.reporting.contracts;

/**
 * The data of an event. Each implementation is an immutable record annotated with {@link EventType};
 * the publishing service owns it (one package per publisher).
 */
public interface DomainEvent {

    /** Kafka message key: events with the same key keep their order (one partition). */
    String partitionKey();

    /** CloudEvents {@code subject}: what the event is about, e.g. a submission or a unit. */
    String subject();
}
