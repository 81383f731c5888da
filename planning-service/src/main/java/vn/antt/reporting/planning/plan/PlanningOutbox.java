package vn.antt.reporting.planning.plan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.antt.reporting.planning.outline.Outline;
import vn.antt.reporting.platform.outbox.OutboxCollection;

/** Plans and outline versions carry their own events; the platform's outbox relay publishes them. */
@Configuration
class PlanningOutbox {

    @Bean
    OutboxCollection plansOutbox() {
        return new OutboxCollection(Plan.COLLECTION);
    }

    @Bean
    OutboxCollection outlinesOutbox() {
        return new OutboxCollection(Outline.COLLECTION);
    }
}
