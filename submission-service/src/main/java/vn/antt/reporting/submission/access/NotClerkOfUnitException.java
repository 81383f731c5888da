package vn.antt.reporting.submission.access;

import vn.antt.reporting.platform.security.AccessRefusedException;

/** The rule: a unit's report, drafts and signed scan are written by a clerk of that unit. */
public class NotClerkOfUnitException extends AccessRefusedException {

    NotClerkOfUnitException(String unitCode, String action) {
        super("Only a clerk of unit " + unitCode + " may " + action);
    }
}
