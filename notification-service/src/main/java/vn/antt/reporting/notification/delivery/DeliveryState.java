package vn.antt.reporting.notification.delivery;

/** Where a delivery stands. */
public enum DeliveryState {
    /** Waiting for its (next) attempt at {@code nextAttemptAt}. */
    PENDING,
    /** An e-mail kept for the recipient's daily digest. */
    HELD_FOR_DIGEST,
    /** Sent as part of a daily digest. */
    DIGESTED,
    /** The channel took it. */
    SENT,
    /** Given up: refused for good (e.g. a 4xx answer) or still failing after {@code give-up-after}. */
    FAILED
}
