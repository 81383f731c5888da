package vn.antt.reporting.aggregation.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.planning.ExpectedUnit;

/**
 * One alert the schedule of a plan holds: for the units under one supervisor that share one effective deadline,
 * the reminder at an offset, the overdue alert at the cutoff, or the escalation after it.
 *
 * @param offset       for a reminder, how long before the deadline; for an escalation, how long after; else zero
 * @param dueAt        when it is raised
 * @param escalateTo   for an escalation, the supervisor's parent
 * @param units        the units the slot is about (the missing ones among them are named when it is raised)
 */
public record AlertSlot(String planId, AlertKind kind, String supervisor, String escalateTo, Instant deadline,
                        Duration offset, Instant dueAt, List<ExpectedUnit> units) {

    /** Deterministic, so a restart or a second instance computing the same slot finds it already raised. */
    public String alertId() {
        String id = planId + "|" + kind.name().toLowerCase() + "|" + supervisor + "|" + deadline;
        return kind == AlertKind.REMINDER ? id + "|" + offset : id;
    }

    /** A reminder is pointless once its deadline has passed; the others stay due until raised. */
    public boolean isDue(Instant now) {
        return !now.isBefore(dueAt) && (kind != AlertKind.REMINDER || now.isBefore(deadline));
    }
}
