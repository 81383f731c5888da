package vn.antt.reporting.platform.outbox;

/** Names a collection whose documents carry an {@code outbox} array for {@link OutboxRelay}. */
public record OutboxCollection(String name) {
}
