package vn.antt.reporting.submission.outbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.antt.reporting.submission.submission.Submission;

@Configuration
class OutboxConfiguration {

    @Bean
    OutboxCollection submissionsOutbox() {
        return new OutboxCollection(Submission.COLLECTION);
    }
}
