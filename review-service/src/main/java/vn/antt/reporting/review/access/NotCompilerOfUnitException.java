package vn.antt.reporting.review.access;

import vn.antt.reporting.platform.security.AccessRefusedException;

/** The rule: a unit's report is compiled by its own clerks and reviewers. */
public class NotCompilerOfUnitException extends AccessRefusedException {

    NotCompilerOfUnitException(String unitCode) {
        super("Only the clerks and reviewers of unit " + unitCode + " compile its report");
    }

    NotCompilerOfUnitException(String unitCode, String callerVersion) {
        super("Only the clerks and reviewers of unit " + unitCode + " as the plan means it compile its report (the caller's"
                + " unit is directory version " + callerVersion + ", which the code did not name on the plan's issue date)");
    }
}
