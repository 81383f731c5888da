package vn.antt.reporting.planning.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.UnitDeadline;
import vn.antt.reporting.planning.unit.Administrators;
import vn.antt.reporting.platform.security.AccessRefusedException;
import vn.antt.reporting.platform.security.Caller;

/**
 * The deadlines of an issued plan set by the levels in between: an intermediate level's earlier internal deadline for
 * the units below it, and an extension for one expected unit. Each keeps the order of the levels' deadlines and is
 * one guarded write of the plan, published.
 */
@Service
public class UnitDeadlineService {

    private final PlanQueries queries;
    private final PlanStore store;
    private final Administrators administrators;

    UnitDeadlineService(PlanQueries queries, PlanStore store, Administrators administrators) {
        this.queries = queries;
        this.store = store;
        this.administrators = administrators;
    }

    /**
     * An intermediate level (e.g. a district) sets an earlier deadline for the units below it: never later
     * than the deadline that applies to the level itself, nor earlier than one a level below it already set.
     */
    public Plan setInternalDeadline(String planId, String unitCode, DeadlineRequest request, Caller caller) {
        Plan plan = queries.readable(planId, caller);
        administrators.requireAdminOf(caller, unitCode);
        plan.state().require(planId, PlanAction.SET_INTERNAL_DEADLINE);
        Optional<ExpectedUnit> below = plan.expectedUnits().stream().filter(u -> u.ancestry().contains(unitCode)).findFirst();
        if (below.isEmpty() || unitCode.equals(plan.letter().issuingUnitCode())) {
            throw new InvalidPlanException("unitCode", unitCode.equals(plan.letter().issuingUnitCode())
                    ? "the issuing unit changes the plan's deadline by an amendment"
                    : "unit " + unitCode + " has no expected unit below it in plan " + planId);
        }
        Instant requested = request.deadline().toInstant();
        PlanPublished current = plan.toEvent();
        List<String> ancestors = ancestorsOf(below.get(), unitCode);
        Instant bound = current.effectiveDeadline(unitCode, ancestors);
        if (requested.isAfter(bound)) {
            throw new DeadlineOrderException(unitCode, requested, boundBy(plan, ancestors), bound,
                    "The internal deadline of unit " + unitCode + " (" + requested + ") is later than the deadline that applies to it ("
                            + bound + ")");
        }
        for (UnitDeadline existing : plan.unitDeadlines()) {
            if (existing.kind() == UnitDeadline.Kind.INTERNAL && !existing.unitCode().equals(unitCode)
                    && isBelow(plan, existing.unitCode(), unitCode) && existing.deadline().isAfter(requested)) {
                throw new DeadlineOrderException(unitCode, requested, existing.unitCode(), existing.deadline(),
                        "Unit " + existing.unitCode() + " below " + unitCode + " has set a later internal deadline ("
                                + existing.deadline() + "); it must move first");
            }
        }
        List<UnitDeadline> deadlines = new ArrayList<>(plan.unitDeadlines().stream()
                .filter(d -> !(d.kind() == UnitDeadline.Kind.INTERNAL && d.unitCode().equals(unitCode))).toList());
        deadlines.add(new UnitDeadline(unitCode, UnitDeadline.Kind.INTERNAL, requested, caller.userId(), request.reason()));
        return store.write(plan, plan.withUnitDeadlines(deadlines), PlanAction.SET_INTERNAL_DEADLINE, request.reason(),
                "internal deadline of " + unitCode + ": " + requested, caller, true);
    }

    /**
     * More time for one expected unit, granted by an administrator of a unit above it (or the issuer), with a
     * reason; later than the unit's current deadline and, unless the issuer grants it, not beyond the
     * granting level's own deadline.
     */
    public Plan grantExtension(String planId, ExtensionRequest request, Caller caller) {
        Plan plan = queries.readable(planId, caller);
        administrators.requireAdmin(caller);
        plan.state().require(planId, PlanAction.GRANT_EXTENSION);
        ExpectedUnit unit = plan.expectedUnits().stream().filter(u -> u.code().equals(request.unitCode())).findFirst()
                .orElseThrow(() -> new InvalidPlanException("unitCode", "unit " + request.unitCode() + " is not expected under plan " + planId));
        boolean issuer = caller.actsFor(plan.letter().issuingUnitCode()) || administrators.national(caller);
        if (!issuer && !unit.ancestry().contains(caller.unitCode())) {
            throw new AccessRefusedException("Only an administrator of a unit above " + unit.code() + " may grant it an extension;"
                    + " the caller acts for unit " + caller.unitCode());
        }
        PlanPublished current = plan.toEvent();
        Instant requested = request.deadline().toInstant();
        Instant now = current.effectiveDeadline(unit.code(), unit.ancestry());
        if (!requested.isAfter(now)) {
            throw new ExtensionNotLaterException(unit.code(), requested, now);
        }
        if (!issuer) {
            List<String> granterAncestors = ancestorsOf(unit, caller.unitCode());
            Instant own = current.effectiveDeadline(caller.unitCode(), granterAncestors);
            if (requested.isAfter(own)) {
                throw new DeadlineOrderException(unit.code(), requested, caller.unitCode(), own,
                        "Unit " + caller.unitCode() + " may extend up to its own deadline (" + own + "), not to " + requested);
            }
        }
        List<UnitDeadline> deadlines = new ArrayList<>(plan.unitDeadlines().stream()
                .filter(d -> !(d.kind() == UnitDeadline.Kind.EXTENSION && d.unitCode().equals(unit.code()))).toList());
        deadlines.add(new UnitDeadline(unit.code(), UnitDeadline.Kind.EXTENSION, requested, caller.userId(), request.reason()));
        return store.write(plan, plan.withUnitDeadlines(deadlines), PlanAction.GRANT_EXTENSION, request.reason(),
                "extension of " + unit.code() + ": " + now + " → " + requested, caller, true);
    }

    /** The ancestors of {@code level}, read off the ancestry of an expected unit below it. */
    private static List<String> ancestorsOf(ExpectedUnit below, String level) {
        int index = below.ancestry().indexOf(level);
        return index < 0 ? List.of() : below.ancestry().subList(0, index);
    }

    private static String boundBy(Plan plan, List<String> ancestors) {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            if (plan.toEvent().internalDeadlineOf(ancestors.get(i)) != null) {
                return ancestors.get(i);
            }
        }
        return plan.letter().issuingUnitCode();
    }

    private static boolean isBelow(Plan plan, String unitCode, String ancestor) {
        return plan.expectedUnits().stream().anyMatch(u -> {
            int at = u.ancestry().indexOf(unitCode);
            return at > 0 && u.ancestry().subList(0, at).contains(ancestor);
        });
    }
}
