package vn.antt.reporting.review.reviewcase;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.problem.ProblemException;

/** A return note names a section or an indicator that the plan's outline does not have. */
public class UnknownNoteTargetException extends ProblemException {

    public UnknownNoteTargetException(String caseId, List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, "unknown-note-target", "Ghi chú trả lại nêu mục hoặc chỉ tiêu không có trong đề cương",
                "Case " + caseId + ": a return note names a section or an indicator the plan's outline does not have: "
                        + errors.stream().map(e -> e.field() + " " + e.message()).toList());
        with("caseId", caseId);
        with("errors", errors);
    }
}
