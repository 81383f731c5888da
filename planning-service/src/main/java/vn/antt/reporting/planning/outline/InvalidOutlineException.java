package vn.antt.reporting.planning.outline;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.problem.ProblemException;

/** The outline breaks one of the rules of {@link OutlineValidator}; nothing was stored. */
public class InvalidOutlineException extends ProblemException {

    public InvalidOutlineException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, "invalid-outline", "Đề cương không hợp lệ", "The outline was refused and nothing was stored: "
                + errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
        with("errors", List.copyOf(errors));
    }
}
