package vn.antt.reporting.aggregation.rollup;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The node is neither a unit the plan expects nor one of their ancestors: the plan has no roll-up for it. */
public class NodeNotInPlanException extends ProblemException {

    public NodeNotInPlanException(String planId, String node) {
        super(HttpStatus.NOT_FOUND, "node-not-in-plan", "Đơn vị không thuộc phạm vi kế hoạch",
                "Unit " + node + " is not in the hierarchy of plan " + planId);
        with("field", "node");
        with("node", node);
    }
}
