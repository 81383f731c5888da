package vn.antt.reporting.review.access;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** Only a reviewer of the unit responsible for the current level may act on a case. */
public class NotReviewerOfLevelException extends ProblemException {

    public NotReviewerOfLevelException(String caseId, String callerUnit, int level, String levelUnit) {
        super(HttpStatus.FORBIDDEN, "not-reviewer-of-level", "Không phải đơn vị xét duyệt ở cấp này",
                "Case " + caseId + " waits for level " + level + " (unit " + levelUnit + "); a REVIEWER of unit " + callerUnit
                        + " may not act on it");
        with("caseId", caseId);
        with("level", level);
        with("levelUnitCode", levelUnit);
    }
}
