package vn.antt.reporting.aggregation.rollup;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.DomainEvent;
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
    Consumer<Message<byte[]>> submissionEvents(CloudEventCodec codec, ContributionLedger ledger, ApplicationEventPublisher changes) {
        return message -> record(codec.decode(message.getPayload()).data(), ledger, changes);
    }

    /** Binding {@code reviewEvents-in-0}: ReportAccepted, ReportReturned, ReportFinalized from review-service. */
    @Bean
    Consumer<Message<byte[]>> reviewEvents(CloudEventCodec codec, ContributionLedger ledger, ApplicationEventPublisher changes) {
        return message -> record(codec.decode(message.getPayload()).data(), ledger, changes);
    }

    private static void record(DomainEvent event, ContributionLedger ledger, ApplicationEventPublisher changes) {
        if (ledger.apply(event) && event instanceof VersionEvent version) {
            log.debug("{} v{} of unit {} recorded for plan {}", event.getClass().getSimpleName(), version.version(),
                    version.unit().code(), version.planId());
            changes.publishEvent(new ContributionChanged(version.planId(), version.unit().code()));
        }
    }
}
