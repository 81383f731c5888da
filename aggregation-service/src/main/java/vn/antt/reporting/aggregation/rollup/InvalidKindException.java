package vn.antt.reporting.aggregation.rollup;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** A kind of unit is written in capitals, as the directory has it: COMMUNE, ENTERPRISE, AGENCY… */
public class InvalidKindException extends ProblemException {

    public InvalidKindException(String kind) {
        super(HttpStatus.BAD_REQUEST, "invalid-kind", "Loại đơn vị không hợp lệ",
                "kind must be a unit kind such as COMMUNE or ENTERPRISE (capitals and underscores), not '" + kind + "'");
        with("field", "kind");
    }
}
