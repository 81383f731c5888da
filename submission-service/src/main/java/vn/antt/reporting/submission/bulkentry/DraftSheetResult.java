package vn.antt.reporting.submission.bulkentry;

import java.util.List;

/** What a bulk entry created or updated: one draft per row. */
public record DraftSheetResult(String planId, int draftCount, List<ImportedDraft> drafts) {

    /** @param created whether the unit had no draft before */
    public record ImportedDraft(int row, String unitCode, long revision, int figureCount, boolean created) {
    }
}
