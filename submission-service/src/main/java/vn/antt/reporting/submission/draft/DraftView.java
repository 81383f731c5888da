package vn.antt.reporting.submission.draft;

import java.util.List;

import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.submission.submission.ValidationWarning;

/**
 * A draft with what submitting it now would meet: the blocking errors (missing required sections,
 * broken rules) and the warnings, so the clerk sees them while writing.
 */
public record DraftView(Draft draft, List<FieldError> blockingErrors, List<ValidationWarning> warnings) {
}
