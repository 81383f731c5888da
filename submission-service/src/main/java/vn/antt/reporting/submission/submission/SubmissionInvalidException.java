package vn.antt.reporting.submission.submission;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.problem.ProblemException;

/** The report breaks its outline: every blocking error is listed with the field it concerns. */
public class SubmissionInvalidException extends ProblemException {

    public SubmissionInvalidException(List<FieldError> errors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "submission-invalid", "Báo cáo chưa đúng đề cương",
                errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        with("errors", errors);
    }
}
