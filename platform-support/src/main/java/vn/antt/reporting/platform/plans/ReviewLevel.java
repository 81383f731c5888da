package vn.antt.reporting.platform.plans;

import vn.antt.reporting.contracts.planning.ReviewRoute;

/**
 * One level of a case's chain: the reviewing unit, resolved from the plan's chain for the unit's kind
 * and the unit's ancestry when its version arrived.
 *
 * @param level    1 for the first level
 * @param kind     the level's kind in the plan's chain, e.g. DISTRICT
 */
public record ReviewLevel(int level, String unitCode, String kind) {

    /** As the shared definition of the plan's chains writes it. */
    public ReviewRoute.Level route() {
        return new ReviewRoute.Level(level, unitCode, kind);
    }
}
