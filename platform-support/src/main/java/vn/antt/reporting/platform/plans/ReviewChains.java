package vn.antt.reporting.platform.plans;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.ReviewRoute;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.directory.DirectoryLagException;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;

/**
 * Resolves the reviewing units of a report by the plan's chains ({@link ReviewRoute#levelsOf}: the one definition of
 * who reviews whom and of which reports are compilations, shared with the roll-ups and the deadline alerts of
 * aggregation-service), with the kinds of the unit's ancestors from this service's directory: an ancestor not in it
 * yet is a {@link DirectoryLagException} (the event is retried). review-service opens its cases with it,
 * notification-service tells the next level that a report arrived for its review.
 */
public class ReviewChains {

    private final UnitDirectory directory;

    public ReviewChains(UnitDirectory directory) {
        this.directory = directory;
    }

    /**
     * The levels of the unit's report. Each ancestor's kind is read from the directory once per call: the route asks for
     * an ancestor once per level kind of the chain (a commune's province twice for DISTRICT, PROVINCE), which cost a
     * store read each time.
     */
    public List<ReviewLevel> levelsOf(PlanPublished plan, UnitRef unit) {
        Map<String, DirectoryUnit> ancestors = new HashMap<>();
        return ReviewRoute.levelsOf(plan, unit.code(), unit.kind(), unit.ancestry(), ancestor -> ancestors.computeIfAbsent(ancestor,
                        code -> directory.find(code, plan.letter().issuedOn())
                                .orElseThrow(() -> new DirectoryLagException("Unit " + code + " (an ancestor of " + unit.code()
                                        + ") is not in this service's directory yet"))).kind())
                .stream().map(l -> new ReviewLevel(l.level(), l.unitCode(), l.kind(), versionKey(ancestors.get(l.unitCode()))))
                .toList();
    }

    /** The version the level's unit was on the plan's date, as read for its kind; null (its first version) if not read. */
    private static String versionKey(DirectoryUnit unit) {
        return unit == null ? null : unit.key();
    }
}
