package vn.antt.reporting.submission.scan;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The version has no signed scan. */
public class ScanNotFoundException extends ProblemException {

    public ScanNotFoundException(String submissionId) {
        super(HttpStatus.NOT_FOUND, "scan-not-found", "Không có bản quét", "Submission " + submissionId + " has no signed scan");
        with("submissionId", submissionId);
    }
}
