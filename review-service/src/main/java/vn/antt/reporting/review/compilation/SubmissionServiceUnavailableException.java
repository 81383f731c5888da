package vn.antt.reporting.review.compilation;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** submission-service did not answer in time (or its circuit is open): the compilation was not saved as a draft. */
public class SubmissionServiceUnavailableException extends ProblemException {

    public SubmissionServiceUnavailableException(String planId, String unitCode, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "submission-service-unavailable",
                "Dịch vụ submission-service tạm thời không phản hồi, chưa lưu được bản nháp",
                "The compilation of unit " + unitCode + " for plan " + planId + " was not saved as its draft: submission-service "
                        + "did not answer (" + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": "
                        + cause.getMessage()) + "); nothing was changed, try again later");
        with("service", SubmissionDrafts.SERVICE);
    }
}
