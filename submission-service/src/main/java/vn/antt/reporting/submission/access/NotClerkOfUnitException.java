package vn.antt.reporting.submission.access;

import vn.antt.reporting.platform.security.AccessRefusedException;

/**
 * The rule: a unit's report, drafts and signed scan are written by a clerk of that unit, the unit the plan means when its
 * code has named several (the clerk of Xã Vạn Tường, 21061 since 1/7/2025, does not write Xã Bình Trị's report of May 2025).
 */
public class NotClerkOfUnitException extends AccessRefusedException {

    NotClerkOfUnitException(String unitCode, String action) {
        super("Only a clerk of unit " + unitCode + " may " + action);
    }

    NotClerkOfUnitException(String unitCode, String versionKey, String callerVersion, String action) {
        super("Only a clerk of unit " + unitCode + " as the plan means it (directory version " + versionKey + ", not "
                + callerVersion + ") may " + action);
    }
}
