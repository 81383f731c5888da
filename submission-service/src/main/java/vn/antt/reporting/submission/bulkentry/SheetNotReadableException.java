package vn.antt.reporting.submission.bulkentry;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.problem.ProblemException;

/** The upload is not an Excel workbook (.xlsx) this service can read. */
public class SheetNotReadableException extends ProblemException {

    public SheetNotReadableException(String reason) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "sheet-not-xlsx", "Tệp không phải bảng tính Excel (.xlsx)", "sheet: " + reason);
        with("errors", List.of(new FieldError("sheet", reason)));
    }
}
