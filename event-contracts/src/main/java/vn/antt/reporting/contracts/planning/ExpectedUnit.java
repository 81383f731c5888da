package vn.antt.reporting.contracts.planning;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.antt.reporting.contracts.ImmutableLists;

/**
 * A unit that must report under a plan, fixed when the plan is issued (the denominator of its rates).
 *
 * @param versionKey the directory version of the code the plan means, when it is not the code's first version (codes are
 *                   reused across the reform of 1/7/2025: {@code 21061} is Xã Bình Trị in a plan of May 2025,
 *                   {@code 21061@2025-07-01} Xã Vạn Tường in one of 2026); null for a first version, whose key is the
 *                   code, and left out of the event then: a nation-wide plan lists 10.047 units and must stay within a
 *                   Kafka record (≈ 1 MB); {@link #key()} is the key either way
 */
public record ExpectedUnit(String code, String name, String kind, List<String> ancestry,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String versionKey) {

    public ExpectedUnit {
        ancestry = ImmutableLists.copyOrEmpty(ancestry);
        versionKey = versionKey == null || versionKey.equals(code) ? null : versionKey;
    }

    /** A unit of a code's first version (the version key is the code). */
    public ExpectedUnit(String code, String name, String kind, List<String> ancestry) {
        this(code, name, kind, ancestry, null);
    }

    /** The unit's version key: {@link #versionKey} for a later version, else the code. */
    public String key() {
        return versionKey == null ? code : versionKey;
    }
}
