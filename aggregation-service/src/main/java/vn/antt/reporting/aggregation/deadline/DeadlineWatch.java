package vn.antt.reporting.aggregation.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import vn.antt.reporting.aggregation.rollup.Contribution;
import vn.antt.reporting.aggregation.rollup.RollupService;
import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.aggregation.DeadlineApproaching;
import vn.antt.reporting.contracts.aggregation.MissingUnit;
import vn.antt.reporting.contracts.aggregation.OverdueEscalated;
import vn.antt.reporting.contracts.aggregation.ReportOverdue;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.PlanStatus;
import vn.antt.reporting.contracts.planning.ReviewRoute;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.outbox.OutboxEvents;

/**
 * Raises the deadline alerts that are due. All time comes from the injected clock; the schedule is recomputed
 * from the issued plans on every check and each alert is raised by inserting its record under its deterministic
 * id, so a restart, a check that runs twice, or a second instance never raises one again. An alert that fell due
 * while the service was down is raised at the next check (a reminder only while its deadline is still ahead).
 *
 * <p>Operators see {@code reporting_deadline_alerts_total} per kind (registered at zero), and what must stay at zero:
 * {@code reporting_deadline_alerts_unraised}, the alerts that were due at the latest check and could not be raised (a
 * plan whose check failed counts at least once), and {@code reporting_deadline_check_age_seconds}, the time since the
 * latest check ended (a watch that stopped raises nothing): the alert {@code DeadlineAlertsNotRaised}.
 */
@Component
public class DeadlineWatch implements SchedulingConfigurer {

    static final String BINDING = "deadlineAlerts-out-0";
    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final MongoTemplate mongo;
    private final RollupService rollups;
    private final UnitDirectory directory;
    private final OutboxEvents outbox;
    private final DeadlineProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final AtomicInteger unraised = new AtomicInteger();
    private final AtomicReference<Instant> lastCheck;

    DeadlineWatch(MongoTemplate mongo, RollupService rollups, UnitDirectory directory, OutboxEvents outbox,
                  DeadlineProperties properties, Clock clock, MeterRegistry meters) {
        this.lastCheck = new AtomicReference<>(clock.instant());
        for (AlertKind kind : AlertKind.values()) {
            meters.counter("reporting.deadline.alerts", "kind", kind.name().toLowerCase());
        }
        Gauge.builder("reporting.deadline.alerts.unraised", unraised, AtomicInteger::get)
                .description("Alerts due at the latest check that could not be raised").register(meters);
        TimeGauge.builder("reporting.deadline.check.age", () -> Math.max(0, clock.millis() - lastCheck.get().toEpochMilli()),
                TimeUnit.MILLISECONDS).description("Time since the latest deadline check ended").register(meters);
        this.mongo = mongo;
        this.rollups = rollups;
        this.directory = directory;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /** Checks every {@code check-interval}, the first time one interval after start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::check, properties.checkInterval(), properties.checkInterval()));
    }

    void check() {
        raiseDue(clock.instant());
        lastCheck.set(clock.instant());
    }

    /** Raises every alert of every issued plan that is due at {@code now} and not raised yet; returns their ids. */
    public List<String> raiseDue(Instant now) {
        List<String> raised = new ArrayList<>();
        AtomicInteger notRaised = new AtomicInteger();
        for (PlanPublished plan : rollups.plansWithStatus(PlanStatus.ISSUED)) {
            int before = notRaised.get();
            try {
                raised.addAll(raiseDue(plan, now, notRaised));
            } catch (RuntimeException e) {
                // One plan's failure must not hold back the alerts of the others; the next check retries it.
                log.warn("Deadline check of plan {} failed, will retry: {}", plan.planId(), e.getMessage());
                if (notRaised.get() == before) {
                    notRaised.incrementAndGet();
                }
            }
        }
        unraised.set(notRaised.get());
        return raised;
    }

    /** Alerts due at the latest check that could not be raised. */
    public int unraised() {
        return unraised.get();
    }

    List<String> raiseDue(PlanPublished plan, Instant now) {
        return raiseDue(plan, now, new AtomicInteger());
    }

    private List<String> raiseDue(PlanPublished plan, Instant now, AtomicInteger notRaised) {
        List<AlertSlot> slots = DeadlineSchedule.slotsOf(plan, properties.reminders(), properties.escalationDelay(), kindsIn(plan),
                parentIn(plan));
        List<AlertSlot> due = DeadlineSchedule.due(slots, now).stream()
                .filter(slot -> !mongo.exists(Query.query(Criteria.where("_id").is(slot.alertId())), RaisedAlert.class))
                .toList();
        if (due.isEmpty()) {
            return List.of();
        }
        Map<String, Contribution> contributions = rollups.contributions(plan.planId());
        Function<String, String> names = rollups.namesOf(plan);
        List<String> raised = new ArrayList<>();
        for (AlertSlot slot : due) {
            List<MissingUnit> missing = slot.units().stream()
                    .filter(u -> contributions.get(u.code()) == null || contributions.get(u.code()).current().isEmpty())
                    .map(u -> new MissingUnit(u.code(), u.name(), u.kind()))
                    .toList();
            if (missing.isEmpty()) {
                continue; // nothing to say; looked at again while the slot stays due
            }
            notRaised.incrementAndGet(); // until it is raised: a failure below leaves it counted
            if (raise(plan, slot, missing, names, now)) {
                raised.add(slot.alertId());
            }
            notRaised.decrementAndGet();
        }
        return raised;
    }

    private boolean raise(PlanPublished plan, AlertSlot slot, List<MissingUnit> missing, Function<String, String> names, Instant now) {
        String supervisorName = names.apply(slot.supervisor());
        String planNumber = plan.letter().number();
        DomainEvent event = switch (slot.kind()) {
            case REMINDER -> new DeadlineApproaching(slot.alertId(), plan.planId(), planNumber, slot.supervisor(), supervisorName,
                    slot.deadline(), slot.offset(), missing, now);
            case OVERDUE -> new ReportOverdue(slot.alertId(), plan.planId(), planNumber, slot.supervisor(), supervisorName,
                    slot.deadline(), missing, now);
            case ESCALATION -> new OverdueEscalated(slot.alertId(), plan.planId(), planNumber, slot.supervisor(), supervisorName,
                    slot.escalateTo(), names.apply(slot.escalateTo()), slot.deadline(), slot.offset(), missing, now);
        };
        String recipient = slot.kind() == AlertKind.ESCALATION ? slot.escalateTo() : slot.supervisor();
        try {
            mongo.insert(new RaisedAlert(slot.alertId(), plan.planId(), slot.kind(), slot.supervisor(), recipient, slot.deadline(),
                    slot.dueAt(), now, missing, List.of(outbox.pending(BINDING, event))));
        } catch (DuplicateKeyException alreadyRaised) {
            return false; // another instance (or a check running beside this one) raised it first
        }
        meters.counter("reporting.deadline.alerts", "kind", slot.kind().name().toLowerCase()).increment();
        log.info("{} raised for plan {}, supervisor {}, deadline {}: {} unit(s) missing", slot.kind(), plan.planId(),
                slot.supervisor(), slot.deadline(), missing.size());
        return true;
    }

    /** The kinds of the plan's units and their ancestors: as the plan lists them, else from the directory (read once each). */
    private Function<String, String> kindsIn(PlanPublished plan) {
        Map<String, Optional<String>> known = new HashMap<>();
        return ReviewRoute.kindsOf(plan, code -> known.computeIfAbsent(code,
                c -> directory.find(c, plan.letter().issuedOn()).map(DirectoryUnit::kind)).orElse(null));
    }

    /** The level above a supervisor: from the plan's own tree, else the directory; null at the top. */
    private Function<String, String> parentIn(PlanPublished plan) {
        return supervisor -> RollupService.pathOf(plan, supervisor)
                .filter(path -> path.size() > 1)
                .map(path -> path.get(path.size() - 2))
                .orElseGet(() -> {
                    List<String> ancestry = directory.ancestry(supervisor, plan.letter().issuedOn());
                    return ancestry.isEmpty() ? null : ancestry.get(ancestry.size() - 1);
                });
    }
}
