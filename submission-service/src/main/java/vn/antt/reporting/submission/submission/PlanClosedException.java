package vn.antt.reporting.submission.submission;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

public class PlanClosedException extends ProblemException {

    public PlanClosedException(String planId) {
        super(HttpStatus.CONFLICT, "plan-closed", "Kế hoạch đã kết thúc", "Plan " + planId + " is closed");
        with("field", "planId");
    }
}
