package vn.antt.reporting.notification.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import vn.antt.reporting.notification.NotificationProperties;
import vn.antt.reporting.notification.delivery.Attempt;
import vn.antt.reporting.notification.delivery.Delivery;
import vn.antt.reporting.notification.delivery.DeliveryState;
import vn.antt.reporting.notification.message.MessageTemplates;
import vn.antt.reporting.notification.recipient.Channel;
import vn.antt.reporting.platform.text.VietnameseFormat;
import vn.antt.reporting.platform.time.PlatformTime;

/**
 * For users who chose a daily digest: after {@code digest-time} (Vietnam time), the e-mails held on each earlier day
 * become one e-mail per user and day. The digest's id ({@code digest:user:day}) makes it once only; the held
 * deliveries are then marked digested (a crash in between only repeats the marking).
 */
@Component
public class DailyDigest implements SchedulingConfigurer {

    private final MongoTemplate mongo;
    private final MessageTemplates templates;
    private final NotificationProperties properties;
    private final Clock clock;

    DailyDigest(MongoTemplate mongo, MessageTemplates templates, NotificationProperties properties, Clock clock) {
        this.mongo = mongo;
        this.templates = templates;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::check, properties.digestCheckInterval());
    }

    void check() {
        compose(clock.instant());
    }

    /** Composes the digests due at {@code now}; returns their delivery ids. */
    public List<String> compose(Instant now) {
        ZonedDateTime local = now.atZone(PlatformTime.ZONE);
        // Today's messages wait for tomorrow's digest; yesterday's go out once today's digest time has come.
        LocalDate lastDue = local.toLocalTime().isBefore(properties.digestTime()) ? local.toLocalDate().minusDays(2)
                : local.toLocalDate().minusDays(1);
        List<Delivery> held = mongo.find(Query.query(Criteria.where("state").is(DeliveryState.HELD_FOR_DIGEST.name())
                .and("digestDay").lte(lastDue)).with(Sort.by("createdAt")), Delivery.class);
        Map<String, List<Delivery>> byUserAndDay = new LinkedHashMap<>();
        held.forEach(d -> byUserAndDay.computeIfAbsent(d.recipient() + ":" + d.digestDay(), k -> new ArrayList<>()).add(d));
        List<String> composed = new ArrayList<>();
        byUserAndDay.forEach((key, deliveries) -> {
            Delivery first = deliveries.get(0);
            String id = "digest:" + key;
            String day = VietnameseFormat.date(first.digestDay().atStartOfDay(PlatformTime.ZONE).toInstant());
            String items = deliveries.stream().map(d -> "■ " + d.subject() + "\n" + d.body()).collect(Collectors.joining("\n\n"));
            MessageTemplates.Rendered message = templates.render("daily-digest", first.language(), day,
                    MessageTemplates.number(deliveries.size()), first.recipient(), items);
            try {
                mongo.insert(new Delivery(id, id, "daily-digest", Channel.EMAIL, first.recipient(), first.unitCode(), first.address(),
                        first.language(), message.subject(), message.body(), null, null, DeliveryState.PENDING, 0, List.of(),
                        clock.instant(), clock.instant(), null, null, null));
                composed.add(id);
            } catch (DuplicateKeyException composedBefore) {
                // composed by an earlier run that stopped before marking its parts
            }
            mongo.updateMulti(Query.query(Criteria.where("_id").in(deliveries.stream().map(Delivery::id).toList())),
                    new Update().set("state", DeliveryState.DIGESTED).push("log", new Attempt(now, "DIGESTED", id)), Delivery.class);
        });
        return composed;
    }
}
