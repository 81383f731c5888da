package vn.antt.reporting.submission.submission;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a submitted version stands from the submitting unit's point of view, and what each state
 * allows. Review states are learnt from review-service's events.
 */
public enum SubmissionStatus {
    /** Stored and published; no reviewer has acted yet: the unit may still withdraw it. */
    SUBMITTED,
    /** Accepted at a level below the top; review goes on. */
    IN_REVIEW,
    /** Returned with a reason; the unit resubmits as the next version. */
    RETURNED,
    /** Accepted at the top level of its chain. */
    FINAL,
    /** Withdrawn by the unit before any review; it counts nowhere. */
    WITHDRAWN;

    /** States in which review events may still move the version. */
    public static final Set<SubmissionStatus> REVIEWABLE = EnumSet.of(SUBMITTED, IN_REVIEW);

    /** Only a version nobody has reviewed may be withdrawn. */
    public boolean allowsWithdrawal() {
        return this == SUBMITTED;
    }
}
