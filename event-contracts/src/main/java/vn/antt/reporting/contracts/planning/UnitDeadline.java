package vn.antt.reporting.contracts.planning;

import java.time.Instant;

/**
 * A deadline other than the plan's: an intermediate level's earlier internal deadline for its own
 * sub-units (INTERNAL, never later than its own), or an extension for one unit (EXTENSION, with a reason).
 *
 * @param unitCode for INTERNAL the unit that sets it (it applies to the units below); for EXTENSION the unit granted it
 */
public record UnitDeadline(String unitCode, Kind kind, Instant deadline, String setBy, String reason) {

    public enum Kind { INTERNAL, EXTENSION }
}
