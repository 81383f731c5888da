package vn.antt.reporting.aggregation.rollup;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** A roll-up by group names one of the groups of its plan (listed in every roll-up's {@code groups}). */
public class UnknownGroupException extends ProblemException {

    public UnknownGroupException(String planId, String group) {
        super(HttpStatus.BAD_REQUEST, "unknown-group", "Nhóm đơn vị không có trong kế hoạch",
                "group must be the code of a group of plan " + planId + ", not '" + group + "'");
        with("field", "group");
    }
}
