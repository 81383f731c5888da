package vn.antt.reporting.aggregation.access;

import vn.antt.reporting.platform.security.AccessRefusedException;

/** The rule: only an administrator rebuilds a plan's roll-ups. */
public class NotAnAdministratorException extends AccessRefusedException {

    NotAnAdministratorException(String planId) {
        super("Only an administrator rebuilds the roll-ups of plan " + planId);
    }
}
