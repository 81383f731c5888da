package vn.antt.reporting.submission.submission;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.review.ReturnNote;

/**
 * One transition of a submitted version, appended and never changed: from and to which state, when,
 * by whom (user and unit; a reviewer's unit for review events) and why; a return also keeps the reviewer's
 * notes on single sections or indicators ({@code ReportReturned.notes}), so the unit reads them next to what they concern.
 */
public record StatusChange(SubmissionStatus from, SubmissionStatus to, Instant at, String userId, String unitCode,
                           String reason, String eventId, List<ReturnNote> notes) {

    public StatusChange {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A transition without notes (only a return carries the reviewer's notes on sections and indicators). */
    public StatusChange(SubmissionStatus from, SubmissionStatus to, Instant at, String userId, String unitCode,
                        String reason, String eventId) {
        this(from, to, at, userId, unitCode, reason, eventId, List.of());
    }
}
