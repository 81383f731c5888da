package vn.antt.reporting.aggregation.rollup;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.submission.VersionEvent;

/**
 * The two streams the roll-ups are kept from. Both topics are keyed {@code planId:unitCode}; the ledger makes
 * the order between them irrelevant.
 */
@Configuration
class RollupIntake {

    private static final Logger log = LoggerFactory.getLogger(RollupIntake.class);

    /** Binding {@code submissionEvents-in-0}: ReportSubmitted, ReportWithdrawn from submission-service. */
    @Bean
    Consumer<Message<byte[]>> submissionEvents(CloudEventCodec codec, ContributionLedger ledger, ApplicationEventPublisher changes,
                                               MeterRegistry meters) {
        return intake(codec, ledger, changes, new IntakeLag(meters, "submission-events"));
    }

    /**
     * Where the time between a change and its roll-up goes: from the event's time (its service stored the change) to the
     * record's timestamp (the outbox relay sent it), and from there to its contribution being recorded (the broker and
     * this consumer's queue). A dashboard waits for both, plus the push interval.
     */
    static final class IntakeLag {
        private final Timer relayed;
        private final Timer recorded;

        IntakeLag(MeterRegistry meters, String topic) {
            relayed = Timer.builder("reporting.rollup.intake.lag").tag("topic", topic).tag("stage", "relay")
                    .publishPercentiles(0.5, 0.99).description("From the event's time to its record's timestamp").register(meters);
            recorded = Timer.builder("reporting.rollup.intake.lag").tag("topic", topic).tag("stage", "consume")
                    .publishPercentiles(0.5, 0.99).description("From the record's timestamp to its contribution being recorded")
                    .register(meters);
        }

        void record(EventEnvelope<? extends DomainEvent> envelope, Message<?> message) {
            Instant now = Instant.now();
            if (message.getHeaders().get(KafkaHeaders.RECEIVED_TIMESTAMP) instanceof Long timestamp) {
                Instant sent = Instant.ofEpochMilli(timestamp);
                relayed.record(Duration.between(envelope.time(), sent));
                recorded.record(Duration.between(sent, now));
            }
        }
    }

    /** Binding {@code reviewEvents-in-0}: ReportAccepted, ReportReturned, ReportFinalized from review-service. */
    @Bean
    Consumer<Message<byte[]>> reviewEvents(CloudEventCodec codec, ContributionLedger ledger, ApplicationEventPublisher changes,
                                           MeterRegistry meters) {
        return intake(codec, ledger, changes, new IntakeLag(meters, "review-events"));
    }

    private static Consumer<Message<byte[]>> intake(CloudEventCodec codec, ContributionLedger ledger, ApplicationEventPublisher changes,
                                                    IntakeLag lag) {
        return message -> {
            EventEnvelope<? extends DomainEvent> envelope = codec.decode(message.getPayload());
            record(envelope.data(), ledger, changes);
            lag.record(envelope, message);
        };
    }

    private static void record(DomainEvent event, ContributionLedger ledger, ApplicationEventPublisher changes) {
        if (ledger.apply(event) && event instanceof VersionEvent version) {
            log.debug("{} v{} of unit {} recorded for plan {}", event.getClass().getSimpleName(), version.version(),
                    version.unit().code(), version.planId());
            changes.publishEvent(new ContributionChanged(version.planId(), version.unit().code()));
        }
    }
}
