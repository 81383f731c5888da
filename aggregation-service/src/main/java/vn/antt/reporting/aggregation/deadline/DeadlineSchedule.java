package vn.antt.reporting.aggregation.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;

/**
 * The alerts a plan's deadlines call for, computed from the plan alone (its expected units, its deadline, the
 * internal deadlines of intermediate levels and the extensions), so the schedule needs no state of its own and
 * survives any restart: what was raised is recorded per alert id.
 */
final class DeadlineSchedule {

    private DeadlineSchedule() {
    }

    /**
     * Groups the expected units by supervisor (their direct parent; the plan's recipient for a unit with none) and
     * effective deadline, and gives each group its reminders, its overdue alert and, when the supervisor has a
     * parent, its escalation.
     *
     * @param parentOf the unit above a supervisor, or null at the top
     */
    static List<AlertSlot> slotsOf(PlanPublished plan, List<Duration> reminders, Duration escalationDelay,
                                   Function<String, String> parentOf) {
        record Group(String supervisor, Instant deadline) {
        }
        Map<Group, List<ExpectedUnit>> groups = new LinkedHashMap<>();
        for (ExpectedUnit unit : plan.expectedUnits()) {
            String supervisor = unit.ancestry().isEmpty() ? plan.recipientUnitCode() : unit.ancestry().get(unit.ancestry().size() - 1);
            Instant deadline = plan.effectiveDeadline(unit.code(), unit.ancestry());
            groups.computeIfAbsent(new Group(supervisor, deadline), g -> new ArrayList<>()).add(unit);
        }
        List<AlertSlot> slots = new ArrayList<>();
        groups.forEach((group, units) -> {
            for (Duration before : reminders) {
                slots.add(new AlertSlot(plan.planId(), AlertKind.REMINDER, group.supervisor(), null, group.deadline(), before,
                        group.deadline().minus(before), units));
            }
            slots.add(new AlertSlot(plan.planId(), AlertKind.OVERDUE, group.supervisor(), null, group.deadline(), Duration.ZERO,
                    group.deadline(), units));
            String parent = parentOf.apply(group.supervisor());
            if (parent != null) {
                slots.add(new AlertSlot(plan.planId(), AlertKind.ESCALATION, group.supervisor(), parent, group.deadline(),
                        escalationDelay, group.deadline().plus(escalationDelay), units));
            }
        });
        return slots;
    }
}
