package vn.antt.reporting.planning.plan;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** A new plan may not take an id in use. */
public class PlanExistsException extends ProblemException {

    public PlanExistsException(String planId) {
        super(HttpStatus.CONFLICT, "plan-exists", "Kế hoạch đã tồn tại", "A plan with the id " + planId + " exists already");
        with("planId", planId);
        with("field", "planId");
    }
}
