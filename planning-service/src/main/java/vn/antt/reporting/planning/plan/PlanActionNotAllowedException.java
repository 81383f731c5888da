package vn.antt.reporting.planning.plan;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The plan's state does not allow the action (e.g. editing an issued plan, amending a closed one). */
public class PlanActionNotAllowedException extends ProblemException {

    public PlanActionNotAllowedException(String planId, PlanState state, PlanAction action) {
        super(HttpStatus.CONFLICT, "plan-action-not-allowed", "Kế hoạch không cho phép thao tác này",
                "Plan " + planId + " is " + state + ", which does not allow " + action + " (allowed: " + state.allowedActions() + ")");
        with("planId", planId);
        with("state", state);
        with("action", action);
    }
}
