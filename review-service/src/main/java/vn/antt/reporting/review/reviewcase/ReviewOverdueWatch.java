package vn.antt.reporting.review.reviewcase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.review.ReviewOverdue;
import vn.antt.reporting.platform.outbox.OutboxEvents;
import vn.antt.reporting.platform.outbox.PendingEvent;
import vn.antt.reporting.platform.plans.ReviewLevel;

/**
 * Raises ReviewOverdue for cases that waited at a level past their due time. Each is raised once per version
 * and level: the update that records it is guarded by {@code overdueRaised: false} and by the case's
 * revision, so a second instance or a restart finds nothing left to raise, and a case that moved meanwhile
 * is left alone.
 */
@Component
record ReviewOverdueWatch(MongoTemplate mongo, OutboxEvents outbox, Clock clock, ReviewProperties properties)
        implements SchedulingConfigurer {

    private static final int BATCH = 500;
    /** The first check waits this long after start. */
    private static final Duration FIRST_CHECK = Duration.ofSeconds(10);

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::check, properties.overdueCheckInterval(), FIRST_CHECK));
    }

    void check() {
        raiseDue(clock.instant());
    }

    /** @return how many were raised by this call */
    public int raiseDue(Instant now) {
        List<ReviewCase> due = mongo.find(Query.query(Criteria.where("state").in(ReviewState.SUBMITTED, ReviewState.ACCEPTED)
                .and("overdueRaised").is(false).and("dueAt").lte(now)).with(Sort.by("dueAt")).limit(BATCH), ReviewCase.class);
        int raised = 0;
        for (ReviewCase c : due) {
            ReviewLevel level = c.level(c.currentLevel());
            PendingEvent event = outbox.pending(ReviewOutbox.BINDING, new ReviewOverdue(c.planId(), c.unit(), c.submissionId(),
                    c.version(), level.level(), level.unitCode(), c.waitingSince(), c.dueAt(), now));
            // The revision is not increased: a reviewer who read the case before this alert may still act.
            Update update = new Update().set("overdueRaised", true).push("outbox", event)
                    .push("audit", new CaseAuditEntry(now, "REVIEW_OVERDUE", "system", level.unitCode(), "SYSTEM", c.version(),
                            level.level(), c.state(), c.state(), null, event.eventId()));
            raised += (int) mongo.updateFirst(Query.query(Criteria.where("_id").is(c.id()).and("revision").is(c.revision())
                    .and("overdueRaised").is(false)), update, ReviewCase.class).getModifiedCount();
        }
        return raised;
    }
}
