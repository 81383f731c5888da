package vn.antt.reporting.submission.submission;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** Other submits of the same unit's report kept taking the next version number first: the client may simply retry. */
public class SubmitRacedException extends ProblemException {

    public SubmitRacedException(String planId, String unitCode, int attempts) {
        super(HttpStatus.CONFLICT, "submit-raced", "Báo cáo của đơn vị đang được gửi đồng thời từ nơi khác, vui lòng gửi lại",
                "Unit " + unitCode + "'s report for plan " + planId + " was submitted concurrently " + attempts
                        + " times while this submit took a version number; nothing of this submit was stored, send it again");
        with("unitCode", unitCode);
    }
}
