package vn.antt.reporting.planning.plan;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.problem.ProblemException;

/** An extension must move a unit's effective deadline later. */
public class ExtensionNotLaterException extends ProblemException {

    public ExtensionNotLaterException(String unitCode, Instant requested, Instant current) {
        super(HttpStatus.BAD_REQUEST, "extension-not-later", "Gia hạn phải sau thời hạn hiện tại",
                "The extension for unit " + unitCode + " (" + requested + ") is not later than its current deadline " + current);
        with("unitCode", unitCode);
        with("currentDeadline", current);
        with("errors", List.of(new FieldError("deadline", "not later than the unit's current deadline " + current)));
    }
}
