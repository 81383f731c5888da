package vn.antt.reporting.review.reviewcase;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The reviewer acted on a version that is no longer the one under review. */
public class StaleVersionException extends ProblemException {

    public StaleVersionException(String caseId, int given, int current) {
        super(HttpStatus.CONFLICT, "version-changed", "Đơn vị đã gửi phiên bản mới",
                "Case " + caseId + " is now at version " + current + ", not " + given + "; review the new version");
        with("caseId", caseId);
        with("currentVersion", current);
    }
}
