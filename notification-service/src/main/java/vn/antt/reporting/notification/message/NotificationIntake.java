package vn.antt.reporting.notification.message;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventEnvelope;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.notification.delivery.Delivery;

/**
 * The events notification-service turns into messages. Each delivery is inserted under its deterministic id, so a
 * redelivered event (same CloudEvents id) plans nothing new. A record that cannot be read goes to the binding's
 * dead-letter topic with the reason in its headers, and the records after it keep flowing.
 */
@Configuration
class NotificationIntake {

    private static final Logger log = LoggerFactory.getLogger(NotificationIntake.class);

    /** Binding {@code reviewEvents-in-0}: ReportAccepted, ReportReturned, ReportFinalized, ReviewOverdue. */
    @Bean
    Consumer<Message<byte[]>> reviewEvents(CloudEventCodec codec, NotificationPlanner planner, MongoTemplate mongo) {
        return message -> plan(message.getPayload(), codec, planner, mongo);
    }

    /** Binding {@code deadlineAlerts-in-0}: DeadlineApproaching, ReportOverdue, OverdueEscalated. */
    @Bean
    Consumer<Message<byte[]>> deadlineAlerts(CloudEventCodec codec, NotificationPlanner planner, MongoTemplate mongo) {
        return message -> plan(message.getPayload(), codec, planner, mongo);
    }

    /** Binding {@code submissionEvents-in-0}: ReportSubmitted (a report arrives for its first level's review). */
    @Bean
    Consumer<Message<byte[]>> submissionEvents(CloudEventCodec codec, NotificationPlanner planner, MongoTemplate mongo) {
        return message -> plan(message.getPayload(), codec, planner, mongo);
    }

    /**
     * Binding {@code planNotices-in-0}: PlanPublished on the {@code plans} topic, with a consumer group of its own (the
     * platform's {@code plans} binding keeps the read model): a plan issued, a unit's new deadline.
     */
    @Bean
    Consumer<Message<byte[]>> planNotices(CloudEventCodec codec, NotificationPlanner planner, MongoTemplate mongo) {
        return message -> {
            EventEnvelope<PlanPublished> envelope = codec.decode(message.getPayload(), PlanPublished.class);
            plan(message.getPayload(), codec, planner, mongo);
            planner.told(envelope.data());
        };
    }

    private static void plan(byte[] payload, CloudEventCodec codec, NotificationPlanner planner, MongoTemplate mongo) {
        EventEnvelope<? extends DomainEvent> envelope = codec.decode(payload);
        NotificationPlanner.Planned planned = planner.plan(envelope.id(), envelope.data(), new String(payload, StandardCharsets.UTF_8));
        List<Delivery> deliveries = planned.deliveries();
        int inserted = 0;
        for (Delivery delivery : deliveries) {
            try {
                mongo.insert(delivery);
                inserted++;
            } catch (DuplicateKeyException alreadyPlanned) {
                // The same event again: this recipient and channel have their delivery already.
            }
        }
        log.debug("Event {} ({}): {} deliveries planned, {} known already", envelope.id(), envelope.type(), inserted,
                deliveries.size() - inserted);
        if (planned.behind() != null) {
            // Retried by the binder (then its dead-letter topic): what was planned is not planned again.
            throw planned.behind();
        }
    }
}
