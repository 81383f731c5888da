package vn.antt.reporting.contracts.review;

import java.time.Instant;

import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.contracts.submission.VersionEvent;

/**
 * A version waited at one level longer than the plan's review time; raised once per (version, level).
 *
 * @param level         the level that has not acted (1 = first level of the chain)
 * @param levelUnitCode the reviewing unit that has not acted
 * @param waitingSince  when the version reached that level
 * @param dueAt         waitingSince + the plan's review time
 */
@EventType(name = "review-overdue", version = 1, topic = Topics.REVIEW_EVENTS)
public record ReviewOverdue(
        String planId,
        UnitRef unit,
        String submissionId,
        int version,
        int level,
        String levelUnitCode,
        Instant waitingSince,
        Instant dueAt,
        Instant raisedAt) implements VersionEvent {
}
