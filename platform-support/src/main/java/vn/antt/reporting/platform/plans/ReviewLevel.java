package vn.antt.reporting.platform.plans;

import vn.antt.reporting.contracts.planning.ReviewRoute;

/**
 * One level of a case's chain: the reviewing unit, resolved from the plan's chain for the unit's kind
 * and the unit's ancestry when its version arrived.
 *
 * @param level      1 for the first level
 * @param kind       the level's kind in the plan's chain, e.g. DISTRICT
 * @param versionKey the directory version of the level's unit on the plan's issue date: province codes are reused across
 *                   the reform (52 was Tỉnh Bình Định, it is Tỉnh Gia Lai since 1/7/2025), so the reviewers of the unit
 *                   the code names now do not act for the level of an earlier plan; absent in cases opened before it was
 *                   added, read as the code's first version
 */
public record ReviewLevel(int level, String unitCode, String kind, String versionKey) {

    public ReviewLevel {
        versionKey = versionKey == null ? unitCode : versionKey;
    }

    /** A level of a code's first version. */
    public ReviewLevel(int level, String unitCode, String kind) {
        this(level, unitCode, kind, null);
    }

    /** As the shared definition of the plan's chains writes it. */
    public ReviewRoute.Level route() {
        return new ReviewRoute.Level(level, unitCode, kind);
    }
}
