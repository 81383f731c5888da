package vn.antt.reporting.contracts.submission;

import java.util.List;

import vn.antt.reporting.contracts.ImmutableLists;

/**
 * The reporting unit as it stood in the directory when the event was published.
 *
 * @param code       GSO code (e.g. {@code 21217}) or the code of a non-administrative unit
 * @param name       official name with diacritics, e.g. {@code Xã Tịnh Sơn}
 * @param kind       unit kind, e.g. {@code COMMUNE}, {@code DISTRICT}, {@code AGENCY}, {@code ENTERPRISE}
 * @param ancestry   codes of the unit's ancestors from the top down (province first), without the unit itself
 * @param versionKey the directory version of the code the plan expects ({@code ExpectedUnit#versionKey}): a reused code
 *                   names another unit after 1/7/2025; absent in events published before it was added, read as the code
 */
public record UnitRef(String code, String name, String kind, List<String> ancestry, String versionKey) {

    public UnitRef {
        ancestry = ImmutableLists.copyOrEmpty(ancestry);
        versionKey = versionKey == null ? code : versionKey;
    }

    /** A unit of a code's first version (the version key is the code). */
    public UnitRef(String code, String name, String kind, List<String> ancestry) {
        this(code, name, kind, ancestry, null);
    }
}
