package vn.antt.reporting.contracts.planning;

import java.util.List;

/** A unit that must report under a plan, fixed when the plan is issued (the denominator of its rates). */
public record ExpectedUnit(String code, String name, String kind, List<String> ancestry) {

    public ExpectedUnit {
        ancestry = ancestry == null ? List.of() : List.copyOf(ancestry);
    }
}
