package vn.antt.reporting.web.api;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.UnitRef;

/** A submitted version of a unit's report, as submission-service shows it. */
public record SubmissionInfo(String id, String planId, UnitRef unit, int version, String status, DocumentInfo document,
                             List<SectionText> sections, List<FigureValue> figures, List<WarningInfo> warnings, Instant deadline,
                             boolean late, Instant submittedAt, String submittedBy, List<StatusChange> history, ScanInfo scan) {

    public SubmissionInfo {
        sections = sections == null ? List.of() : sections;
        figures = figures == null ? List.of() : figures;
        warnings = warnings == null ? List.of() : warnings;
        history = history == null ? List.of() : history;
    }

    /** The last return of this version (its reason and notes), if it was returned. */
    public StatusChange lastReturn() {
        return history.stream().filter(change -> "RETURNED".equals(change.to())).reduce((a, b) -> b).orElse(null);
    }
}
