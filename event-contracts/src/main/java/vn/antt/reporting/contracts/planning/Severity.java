package vn.antt.reporting.contracts.planning;

/** What a broken rule does to a submission. */
public enum Severity {
    /** Refuses the submission. */
    ERROR,
    /** Accepts it, stores the warning and shows it to reviewers. */
    WARNING
}
