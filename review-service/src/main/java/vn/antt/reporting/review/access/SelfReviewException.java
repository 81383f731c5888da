package vn.antt.reporting.review.access;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** Nobody reviews their own unit's report. */
public class SelfReviewException extends ProblemException {

    public SelfReviewException(String caseId, String unitCode) {
        super(HttpStatus.FORBIDDEN, "self-review", "Không được tự xét duyệt báo cáo của đơn vị mình",
                "Case " + caseId + " is the report of unit " + unitCode + ": its own reviewers may not review it");
        with("caseId", caseId);
    }
}
