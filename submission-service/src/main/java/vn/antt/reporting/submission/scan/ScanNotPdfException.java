package vn.antt.reporting.submission.scan;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.problem.ProblemException;

/** A signed scan must be a PDF: declared as application/pdf and shaped like one (header and trailer). */
public class ScanNotPdfException extends ProblemException {

    public ScanNotPdfException(String reason) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "scan-not-pdf", "Bản quét không phải tệp PDF", "scan: " + reason);
        with("errors", List.of(new FieldError("scan", reason)));
    }
}
