package vn.antt.reporting.web.api;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.submission.FigureValue;

/** A unit's working copy of its report (revision +1 per save). */
public record DraftInfo(long revision, DocumentInfo document, List<SectionText> sections, List<FigureValue> figures, Instant savedAt,
                        String savedBy) {

    public DraftInfo {
        sections = sections == null ? List.of() : sections;
        figures = figures == null ? List.of() : figures;
    }
}
