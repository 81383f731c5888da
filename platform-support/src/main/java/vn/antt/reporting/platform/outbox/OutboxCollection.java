package vn.antt.reporting.platform.outbox;

/**
 * A collection whose documents carry the events they owe, for {@link OutboxRelay}.
 *
 * @param name         the collection
 * @param entries      how its documents carry their events
 * @param singleHolder null: instances share the documents, each claiming those it relays; else the name of the lease
 *                     under which one instance at a time relays the whole collection, so that the events of a
 *                     document go out in the order they were stored even across instances (a keyed, compacted topic
 *                     keeps the last record of a key: an older revision sent last would stay)
 */
public record OutboxCollection(String name, OutboxEntries entries, String singleHolder) {

    /** Documents with an {@code outbox} array, shared among instances. */
    public OutboxCollection(String name) {
        this(name, EmbeddedOutbox.INSTANCE, null);
    }

    /** Relayed by one instance at a time, under the named lease {@code lease}. */
    public static OutboxCollection singleHolder(String name, OutboxEntries entries, String lease) {
        return new OutboxCollection(name, entries, lease);
    }

    boolean shared() {
        return singleHolder == null;
    }
}
