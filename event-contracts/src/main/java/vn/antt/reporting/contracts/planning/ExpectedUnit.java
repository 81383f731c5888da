package vn.antt.reporting.contracts.planning;

import java.util.List;

/**
 * A unit that must report under a plan, fixed when the plan is issued (the denominator of its rates).
 *
 * @param versionKey the directory version of the code the plan means (codes are reused across the reform of 1/7/2025:
 *                   {@code 21061} is Xã Bình Trị in a plan of May 2025, {@code 21061@2025-07-01} Xã Vạn Tường in one
 *                   of 2026); absent in plans published before it was added, read as the code's first version
 */
public record ExpectedUnit(String code, String name, String kind, List<String> ancestry, String versionKey) {

    public ExpectedUnit {
        ancestry = ancestry == null ? List.of() : List.copyOf(ancestry);
        versionKey = versionKey == null ? code : versionKey;
    }

    /** A unit of a code's first version (the version key is the code). */
    public ExpectedUnit(String code, String name, String kind, List<String> ancestry) {
        this(code, name, kind, ancestry, null);
    }
}
