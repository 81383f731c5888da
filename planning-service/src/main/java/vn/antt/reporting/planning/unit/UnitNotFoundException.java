package vn.antt.reporting.planning.unit;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** No unit of the directory has the code asked for. */
public class UnitNotFoundException extends ProblemException {

    public UnitNotFoundException(String code) {
        super(HttpStatus.NOT_FOUND, "unit-not-found", "Không tìm thấy đơn vị", "No unit has the code " + code);
        with("code", code);
    }
}
