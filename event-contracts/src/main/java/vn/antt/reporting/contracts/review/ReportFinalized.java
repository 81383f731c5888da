package vn.antt.reporting.contracts.review;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.contracts.submission.VersionEvent;

/**
 * A unit's report passed the last level of its chain: this version is the unit's final report for the plan
 * (published after the top level's {@link ReportAccepted}, once per final version).
 *
 * @param acceptedByUnits the reviewing units from the first level to the top, e.g. [527, 51]
 */
@EventType(name = "report-finalized", version = 1, topic = Topics.REVIEW_EVENTS)
public record ReportFinalized(
        String planId,
        UnitRef unit,
        String submissionId,
        int version,
        List<String> acceptedByUnits,
        String finalizedBy,
        Instant finalizedAt) implements VersionEvent {

    public ReportFinalized {
        acceptedByUnits = ImmutableLists.copyOrEmpty(acceptedByUnits);
    }
}
