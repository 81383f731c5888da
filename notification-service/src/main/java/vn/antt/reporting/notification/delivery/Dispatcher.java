package vn.antt.reporting.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import vn.antt.reporting.notification.NotificationProperties;
import vn.antt.reporting.notification.recipient.Channel;
import vn.antt.reporting.platform.lease.Leases;

/**
 * Sends the deliveries that are due. Each is claimed with a lease (one instance sends it), sent through its
 * channel's guards, and its outcome appended to its log in the same update that changes its state. A failed one
 * waits {@code first-retry}, doubled each time up to {@code max-retry}, so deliveries that failed while a channel
 * was down go out after it recovers; after {@code give-up-after} it is marked failed.
 *
 * <p>A crash after the channel took a message and before it was marked sent leaves the delivery to be sent again
 * when its lease expires, with the same identity (e-mail {@code Message-ID}, webhook {@code X-Antt-Delivery}) so the
 * receiver can recognise it; the inbox is written under the delivery's id and cannot hold it twice.
 */
@Component
public class Dispatcher implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int BATCH = 50;

    private final MongoTemplate mongo;
    private final Map<Channel, ChannelSender> senders;
    private final ChannelGuards guards;
    private final NotificationProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    /** The lease on a delivery: its fields {@code leaseUntil} and {@code leaseHolder}. */
    private final Leases leases;

    Dispatcher(MongoTemplate mongo, List<ChannelSender> senders, ChannelGuards guards, NotificationProperties properties, Clock clock,
               MeterRegistry meters) {
        this.mongo = mongo;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.guards = guards;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.leases = new Leases(mongo, clock, properties.lease(), "leaseUntil", "leaseHolder");
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::dispatchDue, properties.dispatchInterval());
    }

    public void dispatchDue() {
        // One query finds the due ones, each claim names its delivery's id: a store without secondary indexes reads
        // the deliveries once per pass, not once per delivery. Each is claimed just before it is sent, so that its
        // lease covers its own send, however long the ones before it took.
        Query candidates = Query.query(new Criteria().andOperator(due(clock.instant()), leases.takeable(clock.instant())))
                .limit(BATCH);
        candidates.fields().include("_id");
        for (org.bson.Document candidate : mongo.find(candidates, org.bson.Document.class, Delivery.COLLECTION)) {
            Delivery claimed = leases.claimOne(Delivery.COLLECTION, candidate.get("_id"), due(clock.instant()), Delivery.class);
            if (claimed != null) { // else another instance took it meanwhile
                dispatch(claimed);
            }
        }
    }

    private static Criteria due(Instant now) {
        return Criteria.where("state").is(DeliveryState.PENDING.name()).and("nextAttemptAt").lte(now);
    }

    void dispatch(Delivery delivery) {
        String channel = delivery.channel().name().toLowerCase();
        Instant now = clock.instant();
        try {
            ChannelGuards.Outcome outcome = guards.send(delivery, () -> {
                senders.get(delivery.channel()).send(delivery);
                return null;
            });
            if (outcome instanceof ChannelGuards.Deferred deferred) {
                finish(delivery, new Update().set("nextAttemptAt", now.plus(deferred.retryAfter())),
                        new Attempt(now, deferred.reason(), "not attempted; after " + deferred.retryAfter()));
                return;
            }
            finish(delivery, new Update().set("state", DeliveryState.SENT).set("sentAt", now).inc("attempts", 1),
                    new Attempt(now, "SENT", null));
            meters.counter("reporting.notifications", "channel", channel, "outcome", "sent").increment();
        } catch (PermanentDeliveryException refused) {
            finish(delivery, new Update().set("state", DeliveryState.FAILED).inc("attempts", 1),
                    new Attempt(now, "REFUSED", refused.getMessage()));
            meters.counter("reporting.notifications", "channel", channel, "outcome", "failed").increment();
        } catch (Exception failed) {
            int attempts = delivery.attempts() + 1;
            if (now.isAfter(delivery.createdAt().plus(properties.giveUpAfter()))) {
                finish(delivery, new Update().set("state", DeliveryState.FAILED).inc("attempts", 1),
                        new Attempt(now, "FAILED", "given up: " + failed.getMessage()));
                meters.counter("reporting.notifications", "channel", channel, "outcome", "failed").increment();
                return;
            }
            Duration wait = backoff(attempts);
            finish(delivery, new Update().set("nextAttemptAt", now.plus(wait)).inc("attempts", 1),
                    new Attempt(now, "FAILED", failed.getClass().getSimpleName() + ": " + failed.getMessage() + "; next in " + wait));
            meters.counter("reporting.notifications", "channel", channel, "outcome", "retried").increment();
            log.info("Delivery {} on {} failed (attempt {}), next in {}: {}", delivery.id(), channel, attempts, wait, failed.getMessage());
        }
    }

    private Duration backoff(int attempts) {
        Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(20, attempts - 1));
        return wait.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : wait;
    }

    private void finish(Delivery delivery, Update update, Attempt attempt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id())),
                leases.release(update).push("log", attempt), Delivery.class);
    }
}
