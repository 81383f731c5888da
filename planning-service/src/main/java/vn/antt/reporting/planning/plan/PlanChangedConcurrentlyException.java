package vn.antt.reporting.planning.plan;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** Two changes of one plan at once: the first wins, the second is refused and changes nothing. */
public class PlanChangedConcurrentlyException extends ProblemException {

    public PlanChangedConcurrentlyException(String planId) {
        super(HttpStatus.CONFLICT, "plan-changed-concurrently", "Kế hoạch vừa được người khác thay đổi",
                "Plan " + planId + " was changed by someone else meanwhile; read it again and retry");
        with("planId", planId);
    }
}
