package vn.antt.reporting.submission.submission;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

public class UnknownPlanException extends ProblemException {

    public UnknownPlanException(String planId) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-plan", "Không có kế hoạch này", "No plan " + planId);
        with("field", "planId");
    }
}
