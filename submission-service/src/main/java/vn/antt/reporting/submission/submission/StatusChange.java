package vn.antt.reporting.submission.submission;

import java.time.Instant;

/**
 * One transition of a submitted version, appended and never changed: from and to which state, when,
 * by whom (user and unit; a reviewer's unit for review events) and why.
 */
public record StatusChange(SubmissionStatus from, SubmissionStatus to, Instant at, String userId, String unitCode,
                           String reason, String eventId) {
}
