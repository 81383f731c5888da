package vn.antt.reporting.planning.unit;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** A hand fix of a unit's predecessor links that cannot be stored; the problem names the field at fault. */
public class InvalidPredecessorFixException extends ProblemException {

    public InvalidPredecessorFixException(String field, String detail) {
        super(HttpStatus.BAD_REQUEST, "invalid-predecessor-fix", "Không thể sửa liên kết đơn vị trước sắp xếp", detail);
        with("field", field);
    }
}
