package vn.antt.reporting.submission.access;

import vn.antt.reporting.platform.security.AccessRefusedException;

/** The rule: a unit's reports are read by the unit itself and by the reviewers and administrators above it. */
public class NotYourUnitException extends AccessRefusedException {

    NotYourUnitException(String callerUnitCode, String unitCode) {
        super("Unit " + callerUnitCode + " may not read the reports of unit " + unitCode);
    }
}
