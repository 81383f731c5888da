package vn.antt.reporting.aggregation.rollup;

/** In-process notice that a unit's contribution to a plan changed, for whoever pushes roll-ups to dashboards. */
public record ContributionChanged(String planId, String unitCode) {
}
