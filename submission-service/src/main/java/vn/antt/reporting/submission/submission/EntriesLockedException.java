package vn.antt.reporting.submission.submission;

import java.time.Instant;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The plan locks entries at the deadline and the unit's effective deadline has passed. */
class EntriesLockedException extends ProblemException {

    EntriesLockedException(String planId, String unitCode, Instant deadline) {
        super(HttpStatus.CONFLICT, "entries-locked", "Đã hết hạn nhập báo cáo",
                "Plan " + planId + " locks entries at the deadline; unit " + unitCode + "'s deadline was " + deadline);
        with("deadline", deadline.toString());
    }
}
