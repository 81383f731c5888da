package vn.antt.reporting.submission.draft;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.antt.reporting.submission.submission.OfficialDocument;
import vn.antt.reporting.submission.submission.SectionText;
import vn.antt.reporting.submission.submission.SubmitReportRequest;

/**
 * What a clerk saves: any part of the report. Each value is checked for its shape (a count is a
 * non-negative number...); completeness is checked only on submit.
 *
 * @param baseRevision the revision the clerk started from (0 for a new draft); a stale one answers 409
 */
public record DraftRequest(
        @NotNull @PositiveOrZero Long baseRevision,
        @Valid OfficialDocument document,
        @Size(max = 500) List<@Valid @NotNull SectionText> sections,
        @Size(max = 2000) List<SubmitReportRequest.@Valid @NotNull FigureInput> figures) {
}
