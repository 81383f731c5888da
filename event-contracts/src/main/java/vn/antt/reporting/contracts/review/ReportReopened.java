package vn.antt.reporting.contracts.review;

import java.time.Instant;

import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.contracts.submission.VersionEvent;

/**
 * A reviewer of the final level reopened a unit's final report with a reason: the unit may submit the next
 * version (submission-service refuses one after FINAL otherwise), whose review starts again at the first level.
 * Published once per reopening, after the {@link ReportFinalized} of the same version.
 *
 * @param version       the final version that was reopened
 * @param level         the final level (the last of the chain)
 * @param levelUnitCode the reviewing unit of that level, e.g. 51
 * @param reason        why, in Vietnamese
 */
@EventType(name = "report-reopened", version = 1, topic = Topics.REVIEW_EVENTS)
public record ReportReopened(
        String planId,
        UnitRef unit,
        String submissionId,
        int version,
        int level,
        String levelUnitCode,
        String reopenedBy,
        Instant reopenedAt,
        String reason) implements VersionEvent {
}
