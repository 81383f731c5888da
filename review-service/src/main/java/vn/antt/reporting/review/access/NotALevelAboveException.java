package vn.antt.reporting.review.access;

import vn.antt.reporting.platform.security.AccessRefusedException;

/** The rule: a unit's audit trail is read by the levels above it, never by the unit itself. */
public class NotALevelAboveException extends AccessRefusedException {

    NotALevelAboveException(String unitCode) {
        super("The audit trail of unit " + unitCode + " is read by the levels above it");
    }
}
