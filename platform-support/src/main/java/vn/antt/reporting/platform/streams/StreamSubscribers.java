package vn.antt.reporting.platform.streams;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Event streams of a component, by what they follow ({@code K}: a user, a dashboard's node...):
 * subscribe a stream under its key, send to every stream of a key, a heartbeat comment to all, complete them all.
 * A stream that completed, timed out, failed or could not be written to is forgotten, and so is a key without streams.
 * Writes to one stream are serialized: pushes, heartbeats and a subscriber's first events come from different threads.
 */
public final class StreamSubscribers<K> {

    static final String HEARTBEAT = "heartbeat";

    private final Map<K, List<SseEmitter>> streams = new ConcurrentHashMap<>();

    /** Adds {@code emitter} to the streams of {@code key}; it is forgotten when it ends. */
    public SseEmitter subscribe(K key, SseEmitter emitter) {
        List<SseEmitter> ofKey = streams.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
        emitter.onCompletion(() -> ofKey.remove(emitter));
        emitter.onError(e -> ofKey.remove(emitter));
        emitter.onTimeout(emitter::complete);
        ofKey.add(emitter);
        return emitter;
    }

    /** Sends an event (built anew for each stream: a builder is written once) to every stream of {@code key}. */
    public void send(K key, Supplier<SseEmitter.SseEventBuilder> event) {
        List<SseEmitter> ofKey = streams.getOrDefault(key, List.of());
        ofKey.forEach(emitter -> {
            if (!send(emitter, event.get())) {
                ofKey.remove(emitter);
            }
        });
    }

    /** The keys that have at least one open stream. */
    public Set<K> keys() {
        Set<K> open = ConcurrentHashMap.newKeySet();
        streams.forEach((key, ofKey) -> {
            if (!ofKey.isEmpty()) {
                open.add(key);
            }
        });
        return open;
    }

    /** How many streams are open. */
    public int size() {
        return streams.values().stream().mapToInt(List::size).sum();
    }

    /** A comment line on every stream, so that proxies keep it open and a client notices a dead one; forgets the gone. */
    public void heartbeat() {
        streams.values().forEach(ofKey -> ofKey.forEach(emitter -> {
            if (!send(emitter, SseEmitter.event().comment(HEARTBEAT))) {
                ofKey.remove(emitter);
            }
        }));
        streams.values().removeIf(List::isEmpty);
    }

    /** Completes every stream and forgets it. */
    public void completeAll() {
        streams.values().forEach(ofKey -> ofKey.forEach(SseEmitter::complete));
        streams.clear();
    }

    /** Writes one event to one stream; false when the stream is gone. */
    public static boolean send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            synchronized (emitter) {
                emitter.send(event);
            }
            return true;
        } catch (IOException | IllegalStateException gone) {
            return false;
        }
    }
}
