package vn.antt.reporting.review.access;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** Only a reviewer of the final level of the case's chain may reopen a final report. */
public class NotReviewerOfFinalLevelException extends ProblemException {

    public NotReviewerOfFinalLevelException(String caseId, String callerUnit, String finalLevelUnit) {
        super(HttpStatus.FORBIDDEN, "not-reviewer-of-final-level", "Chỉ cấp xét duyệt cuối cùng được mở lại báo cáo",
                "Case " + caseId + " was made final by " + (finalLevelUnit == null ? "its own unit (no review level)" : "unit "
                        + finalLevelUnit) + "; a REVIEWER of unit " + callerUnit + " may not reopen it");
        with("caseId", caseId);
        with("levelUnitCode", finalLevelUnit);
    }
}
