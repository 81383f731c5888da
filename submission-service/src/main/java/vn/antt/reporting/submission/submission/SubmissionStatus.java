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
    /** Accepted at the top level of its chain: the unit's final report; no next version until the final level reopens it. */
    FINAL,
    /** A final version reopened by a reviewer of the final level (ReportReopened): the unit may submit the next version. */
    REOPENED,
    /** Withdrawn by the unit before any review; it counts nowhere. */
    WITHDRAWN;

    /** States in which review events may still move the version. */
    public static final Set<SubmissionStatus> REVIEWABLE = EnumSet.of(SUBMITTED, IN_REVIEW);

    /**
     * States a reopening may move the version from: FINAL, or still on its way there when the reopening is read
     * before the final acceptance (the two are read by different consumers); a later final acceptance then finds
     * REOPENED, which review events no longer move.
     */
    public static final Set<SubmissionStatus> REOPENABLE = EnumSet.of(SUBMITTED, IN_REVIEW, FINAL);

    /** Whether the unit may submit its next version after this one: not after a final one (until it is reopened). */
    public boolean allowsNextVersion() {
        return this != FINAL;
    }

    /** Only a version nobody has reviewed may be withdrawn. */
    public boolean allowsWithdrawal() {
        return this == SUBMITTED;
    }
}
