package vn.antt.reporting.aggregation.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.ReviewRoute;

/**
 * The alerts a plan's deadlines call for, computed from the plan alone (its expected units, its deadline, the
 * internal deadlines of intermediate levels and the extensions), so the schedule needs no state of its own and
 * survives any restart: what was raised is recorded per alert id.
 */
final class DeadlineSchedule {

    private DeadlineSchedule() {
    }

    /**
     * Groups the expected units by supervisor and effective deadline, and gives each group its reminders, its overdue
     * alert and, when there is a level above the supervisor, its escalation. A unit's supervisor is the level that
     * reviews it under the plan's chain ({@link ReviewRoute#levelsOf}: its district in a 3-level chain, the province
     * in a 2-level one, the plan's recipient for a kind without a chain), never a unit it merely hangs under (a
     * commune has no reviewer for its health station); a unit with no level (the recipient's own report) is the
     * recipient's. The escalation goes to the next level of the chain, else to the supervisor's parent.
     *
     * @param kindOf   the kind of a unit of the plan's tree (null when unknown: that level is skipped)
     * @param parentOf the unit above a supervisor, or null at the top
     */
    static List<AlertSlot> slotsOf(PlanPublished plan, List<Duration> reminders, Duration escalationDelay,
                                   Function<String, String> kindOf, Function<String, String> parentOf) {
        record Group(String supervisor, Instant deadline) {
        }
        Map<Group, List<ExpectedUnit>> groups = new LinkedHashMap<>();
        Map<Group, String> nextLevel = new LinkedHashMap<>();
        for (ExpectedUnit unit : plan.expectedUnits()) {
            List<ReviewRoute.Level> levels = ReviewRoute.levelsOf(plan, unit, kindOf);
            String supervisor = levels.isEmpty() ? plan.letter().recipientUnitCode() : levels.get(0).unitCode();
            Instant deadline = plan.effectiveDeadline(unit.code(), unit.ancestry());
            Group group = new Group(supervisor, deadline);
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(unit);
            if (levels.size() > 1) {
                nextLevel.putIfAbsent(group, levels.get(1).unitCode());
            }
        }
        List<AlertSlot> slots = new ArrayList<>();
        groups.forEach((group, units) -> {
            for (Duration before : reminders) {
                slots.add(new AlertSlot(plan.planId(), AlertKind.REMINDER, group.supervisor(), null, group.deadline(), before,
                        group.deadline().minus(before), units));
            }
            slots.add(new AlertSlot(plan.planId(), AlertKind.OVERDUE, group.supervisor(), null, group.deadline(), Duration.ZERO,
                    group.deadline(), units));
            String above = nextLevel.containsKey(group) ? nextLevel.get(group) : parentOf.apply(group.supervisor());
            if (above != null && !above.equals(group.supervisor())) {
                slots.add(new AlertSlot(plan.planId(), AlertKind.ESCALATION, group.supervisor(), above, group.deadline(),
                        escalationDelay, group.deadline().plus(escalationDelay), units));
            }
        });
        return slots;
    }

    /**
     * The slots due at {@code now}. Of a group's reminders due at once (a plan issued two days before its deadline has
     * its 3-day and its 1-day reminder due at the same instant) only the latest is: the earlier ones would repeat it.
     */
    static List<AlertSlot> due(List<AlertSlot> slots, Instant now) {
        Map<String, Instant> latestReminder = new HashMap<>();
        slots.stream().filter(slot -> slot.kind() == AlertKind.REMINDER && slot.isDue(now))
                .forEach(slot -> latestReminder.merge(slot.supervisor() + "|" + slot.deadline(), slot.dueAt(),
                        (a, b) -> a.isAfter(b) ? a : b));
        return slots.stream().filter(slot -> slot.isDue(now))
                .filter(slot -> slot.kind() != AlertKind.REMINDER
                        || slot.dueAt().equals(latestReminder.get(slot.supervisor() + "|" + slot.deadline())))
                .toList();
    }
}
