package vn.antt.reporting.review.reviewcase;

/** What a reviewer does to a case. */
public enum ReviewAction {
    ACCEPT,
    RETURN
}
