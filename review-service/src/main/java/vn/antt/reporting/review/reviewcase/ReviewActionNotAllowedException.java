package vn.antt.reporting.review.reviewcase;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The case's state does not allow the action (e.g. accepting a final or returned report). */
public class ReviewActionNotAllowedException extends ProblemException {

    public ReviewActionNotAllowedException(String caseId, ReviewState state, ReviewAction action) {
        super(HttpStatus.CONFLICT, "review-action-not-allowed", "Trạng thái hồ sơ không cho phép thao tác này",
                "Case " + caseId + " is " + state + ": " + action + " is not allowed there");
        with("caseId", caseId);
        with("state", state);
        with("action", action);
    }
}
