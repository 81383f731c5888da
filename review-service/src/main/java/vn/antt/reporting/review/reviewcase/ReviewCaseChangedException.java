package vn.antt.reporting.review.reviewcase;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** Another reviewer (or a new version) changed the case between reading and acting: one wins, this one is refused. */
public class ReviewCaseChangedException extends ProblemException {

    public ReviewCaseChangedException(String caseId) {
        super(HttpStatus.CONFLICT, "review-case-changed", "Hồ sơ vừa được người khác cập nhật",
                "Case " + caseId + " changed while this action was being taken; read it again");
        with("caseId", caseId);
    }
}
