package vn.antt.reporting.submission.submission;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** Only the latest version of a unit's report may be withdrawn. */
public class NotLatestVersionException extends ProblemException {

    public NotLatestVersionException(String submissionId, int version, int latest) {
        super(HttpStatus.CONFLICT, "not-latest-version", "Không phải phiên bản mới nhất",
                "Submission " + submissionId + " is version " + version + " but version " + latest + " is the latest");
        with("submissionId", submissionId);
        with("latestVersion", latest);
    }
}
