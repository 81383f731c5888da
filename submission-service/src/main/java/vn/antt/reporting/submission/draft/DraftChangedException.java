package vn.antt.reporting.submission.draft;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The draft was saved by someone else since the caller read it: nothing is overwritten. */
public class DraftChangedException extends ProblemException {

    public DraftChangedException(String planId, String unitCode, long baseRevision, long current) {
        super(HttpStatus.CONFLICT, "draft-changed", "Bản nháp vừa được người khác lưu",
                "The draft of unit " + unitCode + " for plan " + planId + " is at revision " + current + ", not " + baseRevision
                        + "; read it again and reapply your changes");
        with("currentRevision", current);
        with("field", "baseRevision");
    }
}
