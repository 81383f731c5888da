package vn.antt.reporting.aggregation.access;

import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.platform.security.AccessRefusedException;
import vn.antt.reporting.platform.security.Caller;

/** The rule: a plan's figures are read by the unit its code named on the plan's issue date (codes reused across the reform). */
public class NotCallersUnitOnPlanDayException extends AccessRefusedException {

    NotCallersUnitOnPlanDayException(Caller caller, PlanPublished plan) {
        super("Unit " + caller.unitCode() + " (directory version " + caller.unitVersion() + ") is not the unit its code named on "
                + plan.letter().issuedOn() + ", the issue date of plan " + plan.planId());
    }
}
