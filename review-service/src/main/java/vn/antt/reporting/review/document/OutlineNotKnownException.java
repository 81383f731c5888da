package vn.antt.reporting.review.document;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** A document follows its plan's outline; this service has not received that outline version (yet). */
public class OutlineNotKnownException extends ProblemException {

    public OutlineNotKnownException(String outlineId, int version) {
        super(HttpStatus.CONFLICT, "outline-not-known", "Chưa có đề cương của kế hoạch",
                "Outline " + outlineId + " version " + version + " is not known to this service yet");
        with("outlineId", outlineId);
        with("outlineVersion", version);
    }
}
