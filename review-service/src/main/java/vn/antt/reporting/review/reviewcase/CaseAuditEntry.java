package vn.antt.reporting.review.reviewcase;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.PersistenceCreator;

import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.review.ReturnNote;

/**
 * One transition of a case, appended in the same write as the transition and never changed: who (user,
 * unit, role), when, what, on which version, why.
 *
 * @param action  SUBMITTED, WITHDRAWN, ACCEPTED, RETURNED, FINALIZED, REOPENED, REVIEW_OVERDUE
 * @param role    the role the person acted in (CLERK, REVIEWER), or SYSTEM
 * @param level   the level acted at, 0 when none
 * @param reason  why (a return, a withdrawal, a reopening)
 * @param eventId the id of the event this transition published or consumed
 * @param notes   a return's notes on sections and indicators (empty for other actions)
 */
public record CaseAuditEntry(Instant at, String action, String userId, String unitCode, String role, int version, int level,
                             ReviewState from, ReviewState to, String reason, String eventId, List<ReturnNote> notes) {

    @PersistenceCreator
    public CaseAuditEntry {
        notes = ImmutableLists.copyOrEmpty(notes);
    }

    /** A transition without notes. */
    public CaseAuditEntry(Instant at, String action, String userId, String unitCode, String role, int version, int level,
                          ReviewState from, ReviewState to, String reason, String eventId) {
        this(at, action, userId, unitCode, role, version, level, from, to, reason, eventId, List.of());
    }
}
