package vn.antt.reporting.submission.submission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.antt.reporting.platform.outbox.OutboxCollection;

/** Submissions carry their own events: the platform's outbox relay publishes them. */
@Configuration
class SubmissionOutbox {

    @Bean
    OutboxCollection submissionsOutbox() {
        return new OutboxCollection(Submission.COLLECTION);
    }
}
