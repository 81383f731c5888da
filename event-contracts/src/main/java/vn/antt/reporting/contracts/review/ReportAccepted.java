package vn.antt.reporting.contracts.review;

import java.time.Instant;

import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.contracts.submission.VersionEvent;

/**
 * A reviewer accepted a submitted version at one level of the plan's chain for that unit.
 *
 * @param level          1 for the first level of the chain (e.g. the district), up to the chain's length
 * @param levelUnitCode  the reviewing unit
 * @param finalAcceptance true when this was the top level: the report is final
 */
@EventType(name = "report-accepted", version = 1, topic = Topics.REVIEW_EVENTS)
public record ReportAccepted(
        String planId,
        UnitRef unit,
        String submissionId,
        int version,
        int level,
        String levelUnitCode,
        String acceptedBy,
        Instant acceptedAt,
        boolean finalAcceptance) implements VersionEvent {
}
