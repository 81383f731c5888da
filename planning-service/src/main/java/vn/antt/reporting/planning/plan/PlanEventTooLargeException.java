package vn.antt.reporting.planning.plan;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.platform.problem.ProblemException;

/**
 * The rule: a plan's event (the whole plan with its expected units, one record of the {@code plans} topic) is at most
 * {@link Topics#PLAN_EVENT_MAX_BYTES} bytes. Refused when it is issued or amended, so that it is never stored in the
 * outbox to be refused by the broker later; split the plan (e.g. one per region) instead.
 */
public class PlanEventTooLargeException extends ProblemException {

    public PlanEventTooLargeException(String planId, int expectedUnits, long eventBytes) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "plan-event-too-large", "Kế hoạch quá lớn để ban hành",
                "The event of plan " + planId + " with " + expectedUnits + " expected units is " + eventBytes
                        + " bytes, over the " + Topics.PLAN_EVENT_MAX_BYTES + " bytes a plan's event may have: split the plan");
        with("planId", planId);
        with("expectedUnits", expectedUnits);
        with("eventBytes", eventBytes);
        with("maxEventBytes", Topics.PLAN_EVENT_MAX_BYTES);
    }
}
