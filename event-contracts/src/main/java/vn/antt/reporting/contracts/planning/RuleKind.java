package vn.antt.reporting.contracts.planning;

/** The checks an outline can ask for on submitted figures. */
public enum RuleKind {
    /** Every named indicator is ≥ 0. */
    NON_NEGATIVE,
    /** The first named indicator is ≤ the second ("of which valuable" ≤ "tips received"). */
    NOT_GREATER_THAN,
    /** The first named indicator equals the sum of the others (a budget total and its parts). */
    TOTAL_EQUALS_SUM,
    /** For each named RATIO indicator, x ≤ y. */
    PART_NOT_GREATER_THAN_WHOLE,
    /** For each named PERCENTAGE indicator, 0 ≤ value ≤ 100. */
    PERCENTAGE_RANGE
}
