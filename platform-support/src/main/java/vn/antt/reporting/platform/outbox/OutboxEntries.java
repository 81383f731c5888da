package vn.antt.reporting.platform.outbox;

import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * How the documents of a collection carry the events they owe, for {@link OutboxRelay}: the event is written in the
 * document whose change it reports (the store has no multi-document transactions). {@link EmbeddedOutbox} is the
 * platform's form, an {@code outbox} array of {@link PendingEvent}s; a collection whose documents already say what
 * they owe another way (the unit directory's publication marker) describes that form here.
 */
public interface OutboxEntries {

    /** The documents that owe at least one event (a new criteria each call). */
    Criteria owing();

    /** A sparse index holding only the owing documents, created by the relay; null when the collection brings its own. */
    Index pendingIndex();

    /** The events {@code document} owes, in the order they must go out; each keeps its event id across resends. */
    List<PendingEvent> events(Document document);

    /**
     * What the document must still match for the sent events to be removed, or null for no condition: a form that
     * replaces its event with a newer change's must not remove that newer one.
     */
    Criteria stillOwing(List<String> sentEventIds);

    /**
     * True when {@link #stillOwing} alone finds the document, by an event id that a unique index holds: the removal
     * is then filtered by it alone, so that a store that looks a document up by one indexed field only (the
     * Mongo-wire store of the tests and the local stack) reads the index instead of every document of the collection.
     */
    default boolean stillOwingFindsTheDocument() {
        return false;
    }

    /** The update that removes the sent events from the document and leaves any stored since. */
    Update removing(List<String> sentEventIds);

    /** Called once before a batch is published; a failure leaves the whole batch for the next pass. */
    default void beforePublishing() {
    }
}
