package vn.antt.reporting.submission.submission;

import java.util.List;

/** A broken rule of severity WARNING: stored with the submission and shown to reviewers. */
public record ValidationWarning(String code, String message, List<String> indicators) {
}
