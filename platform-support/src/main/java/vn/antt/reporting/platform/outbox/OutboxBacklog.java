package vn.antt.reporting.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

/**
 * What the relay has not published yet, per collection, as operators see it: {@code reporting_outbox_pending} (documents
 * with events waiting) and {@code reporting_outbox_oldest_age_seconds} (how long the oldest of them has been waiting
 * since this relay first found it). An entry waits a relay interval normally; one older than a minute means Kafka
 * refuses or cannot be reached (the alert {@code OutboxEntryOlderThanAMinute}). Documents another instance holds under
 * its lease are counted by that instance.
 */
public class OutboxBacklog {

    private final Clock clock;
    private final Map<String, Map<Object, Instant>> waiting = new ConcurrentHashMap<>();

    public OutboxBacklog(Clock clock, MeterRegistry meters, Iterable<String> collections) {
        this.clock = clock;
        for (String collection : collections) {
            Map<Object, Instant> ofCollection = waiting.computeIfAbsent(collection, c -> new ConcurrentHashMap<>());
            Gauge.builder("reporting.outbox.pending", ofCollection, Map::size).tag("collection", collection)
                    .description("Documents whose outbox still has events to publish").register(meters);
            TimeGauge.builder("reporting.outbox.oldest.age", () -> oldestAge(collection).toMillis(), TimeUnit.MILLISECONDS)
                    .tag("collection", collection)
                    .description("How long the oldest document with events to publish has been waiting").register(meters);
        }
    }

    /** A relay pass found this document with events to publish. */
    void found(String collection, Object id) {
        ofCollection(collection).putIfAbsent(id, clock.instant());
    }

    /** Every event of the document was published and removed (or another instance took it). */
    void done(String collection, Object id) {
        ofCollection(collection).remove(id);
    }

    /** A complete pass over the collection found these: the others were published elsewhere or by hand. */
    void passEnded(String collection, Set<Object> found) {
        ofCollection(collection).keySet().retainAll(found);
    }

    int pending(String collection) {
        return ofCollection(collection).size();
    }

    Duration oldestAge(String collection) {
        Instant now = clock.instant();
        return ofCollection(collection).values().stream().min(Instant::compareTo)
                .map(first -> Duration.between(first, now)).orElse(Duration.ZERO);
    }

    private Map<Object, Instant> ofCollection(String collection) {
        return waiting.computeIfAbsent(collection, c -> new ConcurrentHashMap<>());
    }
}
