package vn.antt.reporting.contracts.planning;

/** Where a plan stands. */
public enum PlanStatus {
    /** Being written; not visible to reporting units. */
    DRAFT,
    /** Issued: units report; its list of expected units is fixed. */
    ISSUED,
    /** Closed: no more submissions. */
    CLOSED
}
