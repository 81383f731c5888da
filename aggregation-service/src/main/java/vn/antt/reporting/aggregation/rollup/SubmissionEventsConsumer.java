package vn.antt.reporting.aggregation.rollup;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.ReportWithdrawn;

@Configuration
class SubmissionEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(SubmissionEventsConsumer.class);

    /** Binding {@code submissionEvents-in-0}: the events of submission-service. */
    @Bean
    Consumer<Message<byte[]>> submissionEvents(CloudEventCodec codec, Contributions contributions) {
        return message -> {
            DomainEvent event = codec.decode(message.getPayload()).data();
            if (event instanceof ReportSubmitted submitted) {
                boolean changed = contributions.apply(submitted);
                log.debug("ReportSubmitted {} v{} of unit {}: {}", submitted.submissionId(), submitted.version(),
                        submitted.unit().code(), changed ? "applied" : "already known");
            } else if (event instanceof ReportWithdrawn withdrawn) {
                boolean changed = contributions.apply(withdrawn);
                log.debug("ReportWithdrawn {} v{} of unit {}: {}", withdrawn.submissionId(), withdrawn.version(),
                        withdrawn.unit().code(), changed ? "applied" : "already known or superseded");
            }
        };
    }
}
