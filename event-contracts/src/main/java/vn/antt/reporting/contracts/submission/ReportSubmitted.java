package vn.antt.reporting.contracts.submission;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.Topics;

/**
 * A unit submitted a version of its report for a plan. Published by submission-service through its
 * outbox: at least once for every stored submission, never for one that was not stored. A later
 * version of the same (plan, unit) replaces the earlier one; consumers decide by {@code version}.
 *
 * @param submissionId id of this immutable version
 * @param planId       the plan (Kế hoạch) answered
 * @param unit         the submitting unit and its ancestry
 * @param version      1 for the first submission, +1 for each resubmission
 * @param submittedAt  when it was accepted by the service
 * @param late         submitted after the unit's effective deadline
 * @param submittedBy  user id of the clerk
 * @param figures      the indicator values
 * @param warnings     codes of validation warnings stored with the submission, for reviewers
 * @param sections     the narrative per outline section, in the order written (added in v1, additive: absent in
 *                     events published before it, read as empty); the level above compiles it per section
 */
@EventType(name = "report-submitted", version = 1, topic = Topics.SUBMISSION_EVENTS)
public record ReportSubmitted(
        String submissionId,
        String planId,
        UnitRef unit,
        int version,
        Instant submittedAt,
        boolean late,
        String submittedBy,
        List<FigureValue> figures,
        List<String> warnings,
        List<ReportSection> sections) implements VersionEvent {

    public ReportSubmitted {
        figures = ImmutableLists.copyOrEmpty(figures);
        warnings = ImmutableLists.copyOrEmpty(warnings);
        sections = ImmutableLists.copyOrEmpty(sections);
    }

    /** A version without narrative (as published before {@code sections} was added). */
    public ReportSubmitted(String submissionId, String planId, UnitRef unit, int version, Instant submittedAt, boolean late,
                           String submittedBy, List<FigureValue> figures, List<String> warnings) {
        this(submissionId, planId, unit, version, submittedAt, late, submittedBy, figures, warnings, List.of());
    }
}
