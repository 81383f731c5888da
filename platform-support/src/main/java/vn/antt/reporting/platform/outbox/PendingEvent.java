package vn.antt.reporting.platform.outbox;

import java.util.Map;

/**
 * An event written in the same document as the state change it reports, waiting for the relay.
 * The payload is the encoded CloudEvent, so a re-publish after a crash sends the same event id;
 * {@code trace} keeps the W3C trace headers of the request that caused it, so the record continues that trace.
 */
public record PendingEvent(String eventId, String binding, String key, String payload, Map<String, String> trace) {

    public PendingEvent {
        trace = trace == null ? Map.of() : Map.copyOf(trace);
    }
}
