package vn.antt.reporting.submission.draft;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The unit has no draft for this plan. */
public class DraftNotFoundException extends ProblemException {

    public DraftNotFoundException(String planId, String unitCode) {
        super(HttpStatus.NOT_FOUND, "draft-not-found", "Không có bản nháp", "Unit " + unitCode + " has no draft for plan " + planId);
    }
}
