package vn.antt.reporting.review.reviewcase;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/**
 * The caller's level already accepted this version and passed it up: a colleague acted first (the second of two
 * reviewers clicking at once), so this is a conflict to read again, not a refusal of the caller's rights.
 */
public class LevelAlreadyDecidedException extends ProblemException {

    public LevelAlreadyDecidedException(String caseId, String unitCode, int version) {
        super(HttpStatus.CONFLICT, "review-level-decided", "Cấp của bạn đã chấp nhận báo cáo này và chuyển lên cấp trên",
                "Unit " + unitCode + " already accepted version " + version + " of case " + caseId
                        + "; it now waits at a higher level: read it again");
        with("caseId", caseId);
        with("version", version);
    }
}
