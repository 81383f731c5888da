package vn.antt.reporting.submission.scan;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.problem.ProblemException;

/** A scan above the configured size is refused before anything is stored. */
public class ScanTooLargeException extends ProblemException {

    public ScanTooLargeException(long size, long maxSize) {
        super(HttpStatus.CONTENT_TOO_LARGE, "scan-too-large", "Tệp bản quét quá lớn",
                "scan: the file has " + size + " bytes; at most " + maxSize + " are accepted");
        with("errors", List.of(new FieldError("scan", "is larger than " + maxSize + " bytes")));
    }
}
