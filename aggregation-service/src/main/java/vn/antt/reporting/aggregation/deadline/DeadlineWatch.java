package vn.antt.reporting.aggregation.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
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
 */
@Component
public class DeadlineWatch {

    static final String BINDING = "deadlineAlerts-out-0";
    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final MongoTemplate mongo;
    private final RollupService rollups;
    private final UnitDirectory directory;
    private final OutboxEvents outbox;
    private final DeadlineProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    DeadlineWatch(MongoTemplate mongo, RollupService rollups, UnitDirectory directory, OutboxEvents outbox,
                  DeadlineProperties properties, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.rollups = rollups;
        this.directory = directory;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${reporting.deadline.check-interval:30s}", initialDelayString = "${reporting.deadline.check-interval:30s}")
    void check() {
        raiseDue(clock.instant());
    }

    /** Raises every alert of every issued plan that is due at {@code now} and not raised yet; returns their ids. */
    public List<String> raiseDue(Instant now) {
        List<String> raised = new ArrayList<>();
        for (PlanPublished plan : rollups.plansWithStatus(PlanStatus.ISSUED)) {
            try {
                raised.addAll(raiseDue(plan, now));
            } catch (RuntimeException e) {
                // One plan's failure must not hold back the alerts of the others; the next check retries it.
                log.warn("Deadline check of plan {} failed, will retry: {}", plan.planId(), e.getMessage());
            }
        }
        return raised;
    }

    List<String> raiseDue(PlanPublished plan, Instant now) {
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
            if (raise(plan, slot, missing, names, now)) {
                raised.add(slot.alertId());
            }
        }
        return raised;
    }

    private boolean raise(PlanPublished plan, AlertSlot slot, List<MissingUnit> missing, Function<String, String> names, Instant now) {
        String supervisorName = names.apply(slot.supervisor());
        DomainEvent event = switch (slot.kind()) {
            case REMINDER -> new DeadlineApproaching(slot.alertId(), plan.planId(), plan.number(), slot.supervisor(), supervisorName,
                    slot.deadline(), slot.offset(), missing, now);
            case OVERDUE -> new ReportOverdue(slot.alertId(), plan.planId(), plan.number(), slot.supervisor(), supervisorName,
                    slot.deadline(), missing, now);
            case ESCALATION -> new OverdueEscalated(slot.alertId(), plan.planId(), plan.number(), slot.supervisor(), supervisorName,
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
        return ReviewRoute.kindsOf(plan, code -> known.computeIfAbsent(code, c -> directory.find(c).map(DirectoryUnit::kind)).orElse(null));
    }

    /** The level above a supervisor: from the plan's own tree, else the directory; null at the top. */
    private Function<String, String> parentIn(PlanPublished plan) {
        return supervisor -> RollupService.pathOf(plan, supervisor)
                .filter(path -> path.size() > 1)
                .map(path -> path.get(path.size() - 2))
                .orElseGet(() -> {
                    List<String> ancestry = directory.ancestry(supervisor);
                    return ancestry.isEmpty() ? null : ancestry.get(ancestry.size() - 1);
                });
    }
}
