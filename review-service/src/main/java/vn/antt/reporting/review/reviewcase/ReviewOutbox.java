package vn.antt.reporting.review.reviewcase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.antt.reporting.platform.outbox.OutboxCollection;

/** Review cases carry their own events: the platform's outbox relay publishes them to review-events. */
@Configuration
class ReviewOutbox {

    static final String BINDING = "reviewEvents-out-0";

    @Bean
    OutboxCollection reviewCasesOutbox() {
        return new OutboxCollection(ReviewCase.COLLECTION);
    }
}
