package vn.antt.reporting.submission.submission;

/** A stored submission, and whether this answer replays an earlier submit with the same Idempotency-Key. */
public record SubmitResult(Submission submission, boolean replayed) {
}
