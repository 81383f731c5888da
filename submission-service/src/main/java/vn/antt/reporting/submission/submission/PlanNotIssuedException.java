package vn.antt.reporting.submission.submission;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** Reports are taken only once a plan is issued. */
public class PlanNotIssuedException extends ProblemException {

    public PlanNotIssuedException(String planId) {
        super(HttpStatus.CONFLICT, "plan-not-issued", "Kế hoạch chưa ban hành", "Plan " + planId + " is not issued yet");
        with("field", "planId");
    }
}
