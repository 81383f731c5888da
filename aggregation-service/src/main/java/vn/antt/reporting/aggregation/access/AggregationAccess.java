package vn.antt.reporting.aggregation.access;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;

/**
 * Who may read what in aggregation-service (roll-ups, status boards, dashboards, exports, deadline alerts, rebuilds),
 * each rule once; a broken rule is refused (HTTP 403, problem type {@code access-refused}) with its own exception:
 * <ul>
 *   <li>the caller's code names, on the plan's issue date, the unit they belong to (codes are reused across the reform of
 *   1/7/2025): {@link NotCallersUnitOnPlanDayException};</li>
 *   <li>the caller's unit is the node, above it (in the plan's tree or in the directory on the plan's issue date), or the
 *   plan's issuer or recipient: {@link NotAboveNodeException};</li>
 *   <li>a plan's roll-ups are rebuilt by an administrator: {@link NotAnAdministratorException}.</li>
 * </ul>
 * A plan not known or a node not in it is not an access rule: the callers answer 404 before asking.
 */
@Component
public class AggregationAccess {

    private final UnitDirectory directory;

    AggregationAccess(UnitDirectory directory) {
        this.directory = directory;
    }

    /** True when the caller may read {@code node}'s figures of the plan (both rules above hold). */
    public boolean mayRead(Caller caller, PlanPublished plan, String node) {
        return isCallersUnitOn(caller, plan) && isSameOrAbove(caller, plan, node);
    }

    /** Refuses, naming the broken rule, a caller that may not read {@code node}'s figures of the plan. */
    public void requireReader(Caller caller, PlanPublished plan, String node) {
        if (!isCallersUnitOn(caller, plan)) {
            throw new NotCallersUnitOnPlanDayException(caller, plan);
        }
        if (!isSameOrAbove(caller, plan, node)) {
            throw new NotAboveNodeException(caller.unitCode(), node, plan.planId());
        }
    }

    /** The whole plan's reader (its top node) who is an administrator: rebuilding replaces every node's roll-up. */
    public void requireRebuilder(Caller caller, PlanPublished plan, String top) {
        requireReader(caller, plan, top);
        if (!caller.has(Role.ADMIN)) {
            throw new NotAnAdministratorException(plan.planId());
        }
    }

    private boolean isCallersUnitOn(Caller caller, PlanPublished plan) {
        return directory.isCallersUnitOn(caller, plan.letter().issuedOn());
    }

    private boolean isSameOrAbove(Caller caller, PlanPublished plan, String node) {
        String unit = caller.unitCode();
        return unit.equals(plan.letter().issuingUnitCode()) || unit.equals(plan.letter().recipientUnitCode())
                || pathOf(plan, node).contains(unit) || directory.isSameOrAbove(unit, node, plan.letter().issuedOn());
    }

    /** The node and its ancestors as the plan records them (top down); empty when the plan does not have the node. */
    private static List<String> pathOf(PlanPublished plan, String node) {
        for (ExpectedUnit unit : plan.expectedUnits()) {
            List<String> path = new ArrayList<>(unit.ancestry());
            path.add(unit.code());
            int at = path.indexOf(node);
            if (at >= 0) {
                return path.subList(0, at + 1);
            }
        }
        return List.of();
    }
}
