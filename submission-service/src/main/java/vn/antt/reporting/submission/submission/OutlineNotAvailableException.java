package vn.antt.reporting.submission.submission;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The plan's outline has not reached this service yet; the client may retry shortly. */
public class OutlineNotAvailableException extends ProblemException {

    public OutlineNotAvailableException(String outlineId, int version) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "outline-not-available", "Đề cương chưa sẵn sàng",
                "Outline " + outlineId + " v" + version + " has not reached the submission service yet");
    }
}
