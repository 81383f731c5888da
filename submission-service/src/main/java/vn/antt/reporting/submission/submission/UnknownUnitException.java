package vn.antt.reporting.submission.submission;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The unit is not (yet) in this service's copy of the directory. */
class UnknownUnitException extends ProblemException {

    UnknownUnitException(String code) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-unit", "Đơn vị không có trong danh mục",
                "Unit " + code + " is not in the unit directory");
        with("field", "unitCode");
    }
}
