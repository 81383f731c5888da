package vn.antt.reporting.planning.plan;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** No plan has this id (or it is a draft of another unit, which nobody else may see). */
public class PlanNotFoundException extends ProblemException {

    public PlanNotFoundException(String planId) {
        super(HttpStatus.NOT_FOUND, "plan-not-found", "Không tìm thấy kế hoạch", "No plan has the id " + planId);
        with("planId", planId);
    }
}
