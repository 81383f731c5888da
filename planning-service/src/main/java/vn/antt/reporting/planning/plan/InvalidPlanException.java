package vn.antt.reporting.planning.plan;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.problem.ProblemException;

/** The plan (or its change) breaks rules of {@link PlanValidator}; nothing was stored. */
public class InvalidPlanException extends ProblemException {

    public InvalidPlanException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, "invalid-plan", "Kế hoạch không hợp lệ", "Refused, nothing was stored: "
                + errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
        with("errors", List.copyOf(errors));
    }

    public InvalidPlanException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }
}
