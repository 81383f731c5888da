package vn.antt.reporting.aggregation.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.antt.reporting.platform.outbox.OutboxCollection;

@Configuration
class DeadlineConfiguration {

    /** Alert events wait inside their RaisedAlert record until the relay has published them. */
    @Bean
    OutboxCollection deadlineAlertsOutbox() {
        return new OutboxCollection(RaisedAlert.COLLECTION);
    }
}
