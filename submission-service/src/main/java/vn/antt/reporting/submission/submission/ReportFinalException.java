package vn.antt.reporting.submission.submission;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The unit's latest version is final: no next version until a reviewer of the final level reopens the report. */
public class ReportFinalException extends ProblemException {

    public ReportFinalException(String planId, String unitCode, String submissionId, int version) {
        super(HttpStatus.CONFLICT, "report-final", "Báo cáo đã được phê duyệt cuối cùng, không thể gửi phiên bản mới",
                "Version " + version + " of unit " + unitCode + "'s report for plan " + planId + " is final; a new version is taken"
                        + " only after a reviewer of the final level reopens it (POST /api/review-cases/" + planId + "/" + unitCode
                        + "/reopening)");
        with("submissionId", submissionId);
        with("finalVersion", version);
    }
}
