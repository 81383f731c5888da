package vn.antt.reporting.contracts.review;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.contracts.submission.VersionEvent;

/**
 * A reviewer returned a submitted version with a reason (and notes on sections and indicators); the
 * unit resubmits as the next version.
 *
 * @param level         the level that returned it
 * @param levelUnitCode the reviewing unit
 * @param returnedTo    the unit that must act next (the submitting unit by default)
 */
@EventType(name = "report-returned", version = 1, topic = Topics.REVIEW_EVENTS)
public record ReportReturned(
        String planId,
        UnitRef unit,
        String submissionId,
        int version,
        int level,
        String levelUnitCode,
        String returnedBy,
        Instant returnedAt,
        String reason,
        List<ReturnNote> notes,
        String returnedTo) implements VersionEvent {

    public ReportReturned {
        notes = ImmutableLists.copyOrEmpty(notes);
    }
}
