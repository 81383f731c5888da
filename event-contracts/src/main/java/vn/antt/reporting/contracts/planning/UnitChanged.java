package vn.antt.reporting.contracts.planning;

import java.time.LocalDate;

import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.Topics;

/**
 * The current state of one unit of the directory, published to the compacted {@code unit-directory}
 * topic keyed by unit code, so that each service keeps its own read model of the hierarchy.
 *
 * @param code       GSO code or the code of a non-administrative unit
 * @param name       official name with diacritics
 * @param type       type as the official list writes it, e.g. {@code Xã}, {@code Huyện}, {@code Doanh nghiệp}
 * @param kind       PROVINCE, DISTRICT, COMMUNE, AGENCY, ENTERPRISE, ...
 * @param parentCode code of the parent unit, null for a province
 * @param validFrom  first day the unit exists in this form
 * @param validTo    first day it no longer does (exclusive), null while it does
 * @param revision   increases with each change of this version; consumers keep the highest
 * @param versionKey which version of the code this is, the key on the topic and in every read model: the code itself
 *                   for its first version, {@code code@validFrom} for a later one (codes are reused across the reform
 *                   of 1/7/2025: {@code 00004} was Phường Trúc Bạch, is Phường Ba Đình); the code when absent
 */
@EventType(name = "unit-changed", version = 1, topic = Topics.UNIT_DIRECTORY)
public record UnitChanged(
        String code,
        String name,
        String type,
        String kind,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        long revision,
        String versionKey) implements DomainEvent {

    public UnitChanged {
        versionKey = versionKey == null ? code : versionKey;
    }

    /** The first version of a code: keyed by the code itself. */
    public UnitChanged(String code, String name, String type, String kind, String parentCode, LocalDate validFrom,
                       LocalDate validTo, long revision) {
        this(code, name, type, kind, parentCode, validFrom, validTo, revision, code);
    }

    /** The key of a later version of {@code code}, the one that begins on {@code validFrom}. */
    public static String laterVersionKey(String code, LocalDate validFrom) {
        return code + "@" + validFrom;
    }

    /** True when the version is valid on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
    }

    @Override
    public String partitionKey() {
        // Each version is its own record of the compacted topic: a reused code must not erase the unit it named before.
        return versionKey;
    }

    @Override
    public String subject() {
        return code;
    }
}
