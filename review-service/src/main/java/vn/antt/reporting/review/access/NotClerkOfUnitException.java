package vn.antt.reporting.review.access;

import vn.antt.reporting.platform.security.AccessRefusedException;

/** The rule: a unit's compilation is saved as its draft by a clerk of that unit. */
public class NotClerkOfUnitException extends AccessRefusedException {

    NotClerkOfUnitException(String unitCode) {
        super("Only a clerk of unit " + unitCode + " saves its compilation as its draft");
    }
}
