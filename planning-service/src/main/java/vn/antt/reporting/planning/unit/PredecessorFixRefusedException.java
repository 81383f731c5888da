package vn.antt.reporting.planning.unit;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** A hand fix of predecessor links touching a unit outside the caller's subtree; the problem names the field. */
public class PredecessorFixRefusedException extends ProblemException {

    public PredecessorFixRefusedException(String field, String detail) {
        super(HttpStatus.FORBIDDEN, "access-refused", "Không có quyền thực hiện", detail);
        with("field", field);
    }
}
