package vn.antt.reporting.submission.bulkentry;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** A sheet with any bad cell is refused whole: every bad cell is listed with its row and column. */
public class InvalidDraftSheetException extends ProblemException {

    static final int LISTED = 500;

    public InvalidDraftSheetException(List<SheetCellError> errors) {
        super(HttpStatus.BAD_REQUEST, "invalid-draft-sheet", "Bảng nhập liệu có ô không hợp lệ",
                errors.size() + " cell(s) refused, nothing imported; first: " + errors.get(0).cell() + " " + errors.get(0).message());
        with("field", "sheet");
        with("errorCount", errors.size());
        with("errors", errors.size() > LISTED ? errors.subList(0, LISTED) : errors);
    }
}
