package vn.antt.reporting.contracts.planning;

import java.time.LocalDate;
import java.util.List;

import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.ImmutableLists;
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
 * @param predecessors additive (v1 unchanged; absent in earlier events and for units that were formed from none, read as
 *                   empty): the pre-reform units this version was formed from (the merger map of 1/7/2025, or an
 *                   administrator's audited fix), each with how its figures are attributed when a plan after the reform
 *                   is compared with one before it ({@link Predecessor#countedIn}): a predecessor split between several
 *                   new units is counted whole for one of them only, so that no figure is counted twice
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
        String versionKey,
        List<Predecessor> predecessors) implements DomainEvent {

    public UnitChanged {
        versionKey = versionKey == null ? code : versionKey;
        predecessors = ImmutableLists.copyOrEmpty(predecessors);
    }

    /** A version without predecessors (every unit before the reform). */
    public UnitChanged(String code, String name, String type, String kind, String parentCode, LocalDate validFrom,
                       LocalDate validTo, long revision, String versionKey) {
        this(code, name, type, kind, parentCode, validFrom, validTo, revision, versionKey, List.of());
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

    /**
     * A pre-reform unit this version was formed from, wholly or in part.
     *
     * @param versionKey the predecessor's version key (the version valid on 30/6/2025)
     * @param code       its code (the code a plan issued before the reform expects it under)
     * @param remainder  the merger map says this unit received the remainder of a split predecessor ("phần còn lại …")
     * @param countedIn  the version key of the one successor whose "so với cùng kỳ" counts this predecessor's whole figure:
     *                   this version itself when it is counted here. The rule, the same for every predecessor: of its
     *                   successors, the one that received its remainder ("phần còn lại"), else the first in code order;
     *                   a predecessor with one successor is counted there
     */
    public record Predecessor(String versionKey, String code, boolean remainder, String countedIn) {
    }

    /** True when {@code predecessor}'s figure is counted in this version's comparisons. */
    public boolean counts(Predecessor predecessor) {
        return versionKey.equals(predecessor.countedIn());
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
