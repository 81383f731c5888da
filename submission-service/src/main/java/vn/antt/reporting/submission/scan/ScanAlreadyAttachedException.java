package vn.antt.reporting.submission.scan;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** A version is immutable: its scan is attached once; a corrected scan goes with the next version. */
public class ScanAlreadyAttachedException extends ProblemException {

    public ScanAlreadyAttachedException(String submissionId, String sha256) {
        super(HttpStatus.CONFLICT, "scan-already-attached", "Báo cáo đã có bản quét",
                "Submission " + submissionId + " already has its signed scan (SHA-256 " + sha256
                        + "); a different scan belongs to a new version");
        with("submissionId", submissionId);
        with("sha256", sha256);
    }
}
