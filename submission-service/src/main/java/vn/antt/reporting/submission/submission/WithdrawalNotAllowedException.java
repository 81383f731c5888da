package vn.antt.reporting.submission.submission;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** A version a reviewer has acted on (or one withdrawn already) cannot be withdrawn. */
public class WithdrawalNotAllowedException extends ProblemException {

    public WithdrawalNotAllowedException(String submissionId, SubmissionStatus status) {
        super(HttpStatus.CONFLICT, "withdrawal-not-allowed", "Không thể rút báo cáo",
                "Submission " + submissionId + " is " + status + ": only a version no reviewer has acted on (SUBMITTED) may be withdrawn");
        with("submissionId", submissionId);
        with("status", status);
    }
}
