package vn.antt.reporting.notification.delivery;

import java.time.Instant;

/**
 * One attempt at a delivery and its outcome, for the delivery log.
 *
 * @param outcome SENT, FAILED (will retry), REFUSED (given up), CIRCUIT_OPEN (deferred while the channel is down),
 *                BULKHEAD_FULL (deferred: too many sends at once)
 */
public record Attempt(Instant at, String outcome, String detail) {
}
