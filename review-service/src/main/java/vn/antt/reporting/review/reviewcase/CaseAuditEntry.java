package vn.antt.reporting.review.reviewcase;

import java.time.Instant;

/**
 * One transition of a case, appended in the same write as the transition and never changed: who (user,
 * unit, role), when, what, on which version, why.
 *
 * @param action  SUBMITTED, WITHDRAWN, ACCEPTED, RETURNED, FINALIZED, REVIEW_OVERDUE
 * @param role    the role the person acted in (CLERK, REVIEWER), or SYSTEM
 * @param level   the level acted at, 0 when none
 * @param eventId the id of the event this transition published or consumed
 */
public record CaseAuditEntry(Instant at, String action, String userId, String unitCode, String role, int version, int level,
                             ReviewState from, ReviewState to, String reason, String eventId) {
}
