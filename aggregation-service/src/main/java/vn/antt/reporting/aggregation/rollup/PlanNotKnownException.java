package vn.antt.reporting.aggregation.rollup;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The plan is not (yet) known to aggregation-service: never issued, or its event has not arrived. */
public class PlanNotKnownException extends ProblemException {

    public PlanNotKnownException(String planId) {
        super(HttpStatus.NOT_FOUND, "plan-not-known", "Không tìm thấy kế hoạch",
                "Plan " + planId + " is not known to the roll-ups (not issued, or not received yet)");
        with("field", "planId");
        with("planId", planId);
    }
}
