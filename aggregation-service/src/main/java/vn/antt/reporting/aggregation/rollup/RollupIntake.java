package vn.antt.reporting.aggregation.rollup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.submission.VersionEvent;

/**
 * The two streams the roll-ups are kept from. Both topics are keyed {@code planId:unitCode}; the ledger makes
 * the order between them irrelevant.
 *
 * <p>Each poll arrives as one batch ({@code batch-mode}) and is recorded with one bulk write. A record that cannot
 * be recorded is named by its index ({@link BatchListenerFailedException}): the records before it are written, it
 * goes alone to the binding's dead-letter topic (platform-support {@code BatchDeadLetters}), and the ones after it come again in the
 * next poll.
 */
@Configuration
class RollupIntake {

    private static final Logger log = LoggerFactory.getLogger(RollupIntake.class);

    /** Binding {@code submissionEvents-in-0}: ReportSubmitted, ReportWithdrawn from submission-service. */
    @Bean
    Consumer<Message<List<byte[]>>> submissionEvents(CloudEventCodec codec, ContributionLedger ledger, ApplicationEventPublisher changes,
                                                     MeterRegistry meters) {
        return BatchIntake.of(codec, ledger, changes, meters, "submission-events");
    }

    /** Binding {@code reviewEvents-in-0}: ReportAccepted, ReportReturned, ReportFinalized from review-service. */
    @Bean
    Consumer<Message<List<byte[]>>> reviewEvents(CloudEventCodec codec, ContributionLedger ledger, ApplicationEventPublisher changes,
                                                 MeterRegistry meters) {
        return BatchIntake.of(codec, ledger, changes, meters, "review-events");
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

        void record(EventEnvelope<? extends DomainEvent> envelope, Object timestamp, Instant now) {
            if (timestamp instanceof Long millis) {
                Instant sent = Instant.ofEpochMilli(millis);
                relayed.record(Duration.between(envelope.time(), sent));
                recorded.record(Duration.between(sent, now));
            }
        }
    }

    /**
     * One poll's records: decoded in order until one cannot be; the readable ones before it recorded with one bulk
     * write (an event id that is there twice, a redelivery, is written once); then that one named by its index.
     */
    record BatchIntake(CloudEventCodec codec, ContributionLedger ledger, ApplicationEventPublisher changes, IntakeLag lag,
                       Counter batches, Counter records, DistributionSummary sizes) implements Consumer<Message<List<byte[]>>> {

        /** The intake of one topic, with its meters (tagged with the topic). */
        static BatchIntake of(CloudEventCodec codec, ContributionLedger ledger, ApplicationEventPublisher changes, MeterRegistry meters,
                              String topic) {
            return new BatchIntake(codec, ledger, changes, new IntakeLag(meters, topic),
                    Counter.builder("reporting.rollup.intake.batches").tag("topic", topic)
                            .description("Polls recorded, each with one bulk write to the store").register(meters),
                    Counter.builder("reporting.rollup.intake.records").tag("topic", topic)
                            .description("Records recorded (a dead-lettered one is not)").register(meters),
                    DistributionSummary.builder("reporting.rollup.intake.batch.size").tag("topic", topic)
                            .description("Records per poll").register(meters));
        }

        @Override
        public void accept(Message<List<byte[]>> message) {
            try {
                recordBatch(message);
            } catch (BatchListenerFailedException named) {
                throw named;
            } catch (RuntimeException whole) {
                // No record is to blame (the store did not answer): the container tries the whole batch again.
                log.warn("A batch of {} records was not recorded and will be tried again: {}", message.getPayload().size(),
                        whole.toString(), whole);
                throw whole;
            }
        }

        private void recordBatch(Message<List<byte[]>> message) {
            List<byte[]> payloads = message.getPayload();
            log.debug("A batch of {} records", payloads.size());
            List<?> timestamps = message.getHeaders().get(KafkaHeaders.RECEIVED_TIMESTAMP) instanceof List<?> list ? list : List.of();
            List<EventEnvelope<? extends DomainEvent>> envelopes = new ArrayList<>(payloads.size());
            RuntimeException unreadable = null;
            for (byte[] payload : payloads) {
                try {
                    envelopes.add(codec.decode(payload));
                } catch (RuntimeException e) {
                    unreadable = e;
                    break;
                }
            }
            record(envelopes, timestamps);
            if (unreadable != null) {
                throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, envelopes.size());
            }
        }

        private void record(List<EventEnvelope<? extends DomainEvent>> envelopes, List<?> timestamps) {
            if (envelopes.isEmpty()) {
                return;
            }
            Set<String> ids = new HashSet<>();
            List<DomainEvent> events = new ArrayList<>(envelopes.size());
            List<Integer> indexes = new ArrayList<>(envelopes.size());
            for (int i = 0; i < envelopes.size(); i++) {
                if (ids.add(envelopes.get(i).id())) {
                    events.add(envelopes.get(i).data());
                    indexes.add(i);
                }
            }
            List<VersionEvent> recorded;
            try {
                recorded = ledger.applyAll(events);
            } catch (ContributionRefusedException refused) {
                // Every other upsert was written (unordered bulk); those after it are written again on redelivery, harmlessly.
                throw new BatchListenerFailedException(refused.getMessage(), refused, indexes.get(refused.position()));
            }
            batches.increment();
            records.increment(envelopes.size());
            sizes.record(envelopes.size());
            Instant now = Instant.now();
            for (int i = 0; i < envelopes.size(); i++) {
                lag.record(envelopes.get(i), i < timestamps.size() ? timestamps.get(i) : null, now);
            }
            Set<ContributionChanged> changed = new LinkedHashSet<>();
            for (VersionEvent version : recorded) {
                log.debug("{} v{} of unit {} recorded for plan {}", version.getClass().getSimpleName(), version.version(),
                        version.unit().code(), version.planId());
                changed.add(new ContributionChanged(version.planId(), version.unit().code()));
            }
            changed.forEach(changes::publishEvent);
        }
    }
}
