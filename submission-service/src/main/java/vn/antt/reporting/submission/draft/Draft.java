package vn.antt.reporting.submission.draft;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.submission.submission.OfficialDocument;
import vn.antt.reporting.submission.submission.SectionText;
import vn.antt.reporting.submission.submission.SubmitReportRequest;

/**
 * A unit's working copy of its report for a plan: partial content allowed, saved as often as the clerk
 * likes, never published. One per (plan, unit); submitting it makes the next version and removes it.
 *
 * @param revision +1 per save; a save names the revision it was based on, so two clerks never overwrite each other
 */
@Document(Draft.COLLECTION)
public record Draft(
        @Id String id,
        String planId,
        String unitCode,
        long revision,
        OfficialDocument document,
        List<SectionText> sections,
        List<SubmitReportRequest.FigureInput> figures,
        Instant savedAt,
        String savedBy) {

    public static final String COLLECTION = "drafts";

    public Draft {
        sections = sections == null ? List.of() : List.copyOf(sections);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public static String idOf(String planId, String unitCode) {
        return planId + ":" + unitCode;
    }
}
