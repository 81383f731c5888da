package vn.antt.reporting.planning.plan;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.problem.ProblemException;

/**
 * Deadlines cascade: an intermediate level's internal deadline is never later than the deadline that
 * applies to that level itself, and an extension granted by a level never goes beyond its own deadline.
 */
public class DeadlineOrderException extends ProblemException {

    public DeadlineOrderException(String unitCode, Instant requested, String boundBy, Instant bound, String detail) {
        super(HttpStatus.BAD_REQUEST, "deadline-order", "Thời hạn không hợp lệ", detail);
        with("unitCode", unitCode);
        with("requested", requested);
        with("boundBy", boundBy);
        with("bound", bound);
        with("errors", List.of(new FieldError("deadline", detail)));
    }
}
