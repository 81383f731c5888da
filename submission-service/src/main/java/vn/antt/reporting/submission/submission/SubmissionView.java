package vn.antt.reporting.submission.submission;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.UnitRef;

/** A stored version as the API shows it (the outbox is internal). */
public record SubmissionView(String id, String planId, UnitRef unit, int version, SubmissionStatus status,
                             OfficialDocument document, List<SectionText> sections, List<FigureValue> figures,
                             List<ValidationWarning> warnings, Instant deadline, boolean late, Instant submittedAt,
                             String submittedBy, List<StatusChange> history, ScanRef scan) {

    public static SubmissionView of(Submission s) {
        return new SubmissionView(s.id(), s.planId(), s.unit(), s.version(), s.status(), s.document(),
                s.sections(), s.figures(), s.warnings(), s.deadline(), s.late(), s.submittedAt(), s.submittedBy(), s.history(), s.scan());
    }
}
