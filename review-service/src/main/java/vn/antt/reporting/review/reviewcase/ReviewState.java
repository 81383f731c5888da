package vn.antt.reporting.review.reviewcase;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a unit's report stands in its review chain, and what a reviewer may do there. A new version from
 * the unit is taken in every state and restarts review at the first level; submission-service refuses a new
 * version after FINAL (rule {@code report-final}) until the final level reopens the case.
 */
public enum ReviewState {
    /** No version under review: none submitted yet, or the last one withdrawn. */
    AWAITING_SUBMISSION(EnumSet.noneOf(ReviewAction.class)),
    /** A version waits for the first level. */
    SUBMITTED(EnumSet.of(ReviewAction.ACCEPT, ReviewAction.RETURN)),
    /** Accepted at a level below the top; waits for the next level. */
    ACCEPTED(EnumSet.of(ReviewAction.ACCEPT, ReviewAction.RETURN)),
    /** Returned to the unit; waits for its next version. */
    RETURNED(EnumSet.noneOf(ReviewAction.class)),
    /** Accepted at the top level: the unit's final report. Only a reviewer of the final level may reopen it. */
    FINAL(EnumSet.of(ReviewAction.REOPEN)),
    /** A final report reopened by the final level with a reason; waits for the unit's next version. */
    REOPENED(EnumSet.noneOf(ReviewAction.class));

    private final Set<ReviewAction> allowed;

    ReviewState(Set<ReviewAction> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(ReviewAction action) {
        return allowed.contains(action);
    }

    /** Waiting for a reviewer of the current level: in someone's worklist, with a review deadline. */
    public boolean awaitsReviewer() {
        return allowed.contains(ReviewAction.ACCEPT);
    }
}
