package vn.antt.reporting.aggregation.access;

import vn.antt.reporting.platform.security.AccessRefusedException;

/** The rule: a node's figures are read by the node, the units above it, and the plan's issuer and recipient. */
public class NotAboveNodeException extends AccessRefusedException {

    NotAboveNodeException(String unit, String node, String planId) {
        super("Unit " + unit + " may not read the roll-up of unit " + node + " for plan " + planId
                + ": only the unit, the units above it and the plan's issuer and recipient do");
    }
}
