package vn.antt.reporting.submission.submission;

/** Where a submitted version stands from the submitting unit's point of view. */
public enum SubmissionStatus {
    /** Stored and published; reviewers may act on it. */
    SUBMITTED
}
