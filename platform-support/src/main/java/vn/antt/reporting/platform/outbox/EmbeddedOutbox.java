package vn.antt.reporting.platform.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The platform's outbox form: an {@code outbox} array of {@link PendingEvent}s in the document, appended to by the
 * write that makes the change and pulled by event id once sent, so that an entry appended meanwhile stays.
 */
public final class EmbeddedOutbox implements OutboxEntries {

    public static final EmbeddedOutbox INSTANCE = new EmbeddedOutbox();
    static final String OUTBOX = "outbox";
    static final String PENDING_INDEX = "outbox_pending";

    private EmbeddedOutbox() {
    }

    @Override
    public Criteria owing() {
        return Criteria.where(OUTBOX + ".0").exists(true);
    }

    @Override
    public Index pendingIndex() {
        return new Index().on(OUTBOX + ".0", Sort.Direction.ASC).sparse().named(PENDING_INDEX);
    }

    @Override
    public List<PendingEvent> events(Document document) {
        return document.getList(OUTBOX, Document.class, List.of()).stream()
                .map(entry -> new PendingEvent(entry.getString("eventId"), entry.getString("binding"), entry.getString("key"),
                        entry.getString("payload"), trace(entry.get("trace", Document.class))))
                .toList();
    }

    @Override
    public Criteria stillOwing(List<String> sentEventIds) {
        return null;
    }

    @Override
    public Update removing(List<String> sentEventIds) {
        return new Update().pull(OUTBOX, new Document("eventId", new Document("$in", sentEventIds)));
    }

    private static Map<String, String> trace(Document stored) {
        Map<String, String> headers = new HashMap<>();
        if (stored != null) {
            stored.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        return headers;
    }
}
