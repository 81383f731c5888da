package vn.antt.reporting.aggregation.rollup;

/**
 * Where one expected unit's report stands, as the facts of its versions say (a draft is not an event: a unit
 * with a draft only is {@link #NOT_SUBMITTED} here).
 */
public enum ReportStanding {
    /** Nothing in (never submitted, or the last version was withdrawn). */
    NOT_SUBMITTED,
    /** In, no reviewer acted on it yet: it waits for the first level of its chain. */
    SUBMITTED,
    /** Accepted by at least one level, waiting for the next one. */
    AWAITING_NEXT_LEVEL,
    /** Returned for correction: the unit must send a new version. */
    RETURNED,
    /** Passed the top of its chain. */
    FINAL;

    /** Whether a reviewing level holds it now (then {@link UnitStanding#awaitingLevel()} says which). */
    public boolean waitsForReviewer() {
        return this == SUBMITTED || this == AWAITING_NEXT_LEVEL;
    }

    static ReportStanding of(Contribution contribution) {
        VersionFacts current = contribution == null ? null : contribution.current().orElse(null);
        if (current == null) {
            return NOT_SUBMITTED;
        }
        if (current.finalized()) {
            return FINAL;
        }
        if (current.returned()) {
            return RETURNED;
        }
        return current.acceptedLevels().isEmpty() && current.acceptedBy().isEmpty() ? SUBMITTED : AWAITING_NEXT_LEVEL;
    }
}
