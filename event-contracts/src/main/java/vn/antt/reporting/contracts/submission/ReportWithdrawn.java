package vn.antt.reporting.contracts.submission;

import java.time.Instant;

import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.Topics;

/**
 * A unit withdrew a submitted version before any reviewer acted on it. The version stops counting:
 * consumers drop the unit's contribution if it is still this version (a withdrawal of version n is
 * newer than the submission of version n and older than version n+1). Published through the outbox,
 * on the same topic and key as {@link ReportSubmitted}, so both stay in order for a unit.
 *
 * @param submissionId the withdrawn version's id
 * @param version      its number
 * @param reason       why, as the clerk wrote it (may be null)
 */
@EventType(name = "report-withdrawn", version = 1, topic = Topics.SUBMISSION_EVENTS)
public record ReportWithdrawn(
        String submissionId,
        String planId,
        UnitRef unit,
        int version,
        Instant withdrawnAt,
        String withdrawnBy,
        String reason) implements VersionEvent {
}
