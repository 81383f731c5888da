package vn.antt.reporting.submission.outbox;

/**
 * An event written in the same document as the state change it reports, waiting for the relay.
 * The payload is the encoded CloudEvent, so a re-publish after a crash sends the same event id.
 */
public record PendingEvent(String eventId, String binding, String key, String payload) {
}
