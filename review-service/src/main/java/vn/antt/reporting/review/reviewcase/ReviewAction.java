package vn.antt.reporting.review.reviewcase;

/** What a reviewer does to a case. */
public enum ReviewAction {
    ACCEPT,
    RETURN,
    /** A reviewer of the final level reopens a final report, with a reason: the unit may submit the next version. */
    REOPEN
}
