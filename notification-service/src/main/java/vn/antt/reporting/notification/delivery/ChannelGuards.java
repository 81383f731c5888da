package vn.antt.reporting.notification.delivery;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import vn.antt.reporting.notification.recipient.Channel;

/**
 * Resilience4j around each channel, configured in application.yml (instances {@code email}, {@code webhook},
 * {@code inbox}): a bulkhead limits concurrent sends, a circuit breaker stops calling a channel that keeps failing
 * (per webhook endpoint: one unit's broken receiver does not stop the others), and a retry with exponential backoff
 * repeats a failed send a few times. When the circuit is open or the bulkhead full, the fallback defers the delivery:
 * it stays pending and is sent after the channel recovers.
 */
@Component
record ChannelGuards(CircuitBreakerRegistry circuitBreakers, RetryRegistry retries, BulkheadRegistry bulkheads,
                     MeterRegistry meters) {

    ChannelGuards {
        // Operators' dashboards and alert rules see every channel's series from the start, not after its first delivery:
        // reporting_notifications_total per channel and outcome, and the state of the e-mail and inbox circuits.
        for (Channel channel : Channel.values()) {
            String name = channel.name().toLowerCase();
            for (String outcome : OUTCOMES) {
                meters.counter("reporting.notifications", "channel", name, "outcome", outcome);
            }
            if (channel != Channel.WEBHOOK) { // a webhook's circuit is per endpoint, created with its first delivery
                circuitBreakers.circuitBreaker(name, name);
            }
        }
    }

    /** What {@code reporting_notifications_total} counts per channel: sent, failed (given up or permanent), retried, deferred. */
    static final List<String> OUTCOMES = List.of("sent", "failed", "retried", "deferred");

    /** What came of a guarded send. */
    public sealed interface Outcome permits Sent, Deferred {
    }

    public record Sent() implements Outcome {
    }

    /** Not attempted: the channel's circuit is open or its bulkhead full; try again after {@code retryAfter}. */
    public record Deferred(String reason, Duration retryAfter) implements Outcome {
    }

    /** Sends through the channel's guards; a failure after the retries is thrown. */
    public Outcome send(Delivery delivery, Callable<Void> send) throws Exception {
        String channel = delivery.channel().name().toLowerCase();
        CircuitBreaker breaker = circuitBreakerOf(delivery);
        Retry retry = retries.retry(channel, channel);
        Bulkhead bulkhead = bulkheads.bulkhead(channel, channel);
        Callable<Outcome> attempt = () -> {
            send.call();
            return new Sent();
        };
        // Innermost first: the bulkhead bounds concurrent sends, the breaker counts their outcomes, the retry repeats
        // a failed one (not a refusal by the breaker or the bulkhead: those are the fallback's).
        Callable<Outcome> guarded = Retry.decorateCallable(retry,
                CircuitBreaker.decorateCallable(breaker, Bulkhead.decorateCallable(bulkhead, attempt)));
        try {
            return guarded.call();
        } catch (CallNotPermittedException | BulkheadFullException refused) {
            return deferred(delivery, breaker, refused);
        }
    }

    /** The fallback: nothing is sent now; the delivery waits until the circuit may let a call through again. */
    Outcome deferred(Delivery delivery, CircuitBreaker breaker, Throwable refused) {
        String reason = refused instanceof CallNotPermittedException ? "CIRCUIT_OPEN" : "BULKHEAD_FULL";
        meters.counter("reporting.notifications", "channel", delivery.channel().name().toLowerCase(), "outcome", "deferred").increment();
        Duration wait = refused instanceof CallNotPermittedException
                ? Duration.ofMillis(breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1))
                : Duration.ofMillis(200);
        return new Deferred(reason, wait);
    }

    /** One circuit breaker for e-mail and for the inbox; one per webhook endpoint, all with the {@code webhook} settings. */
    public CircuitBreaker circuitBreakerOf(Delivery delivery) {
        return delivery.channel() == Channel.WEBHOOK
                ? circuitBreakers.circuitBreaker("webhook-" + delivery.recipient(), "webhook")
                : circuitBreakers.circuitBreaker(delivery.channel().name().toLowerCase(), delivery.channel().name().toLowerCase());
    }
}
