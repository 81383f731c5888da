package vn.antt.reporting.planning.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.planning.UnitChanged;

/**
 * One version of a unit of the directory, as planning-service owns it: a unit is known by its code and its
 * validity period, and a code may name several units one after another (codes are reused across the reform of
 * 1/7/2025), each a document of its own keyed by {@link #key}. The change of a unit and the marker that it
 * still has to be published ({@link #pending}) are written together in this one document, so that no
 * change can be stored without its event (the store has no multi-document transactions).
 *
 * @param key        the version's key: the code for the first version of a code, {@code code@validFrom} for a later
 *                   one ({@link UnitChanged#laterVersionKey}), so that directories built before versions keep their documents
 * @param code       GSO code, or the code of a non-administrative unit (e.g. {@code 51-CA})
 * @param name       official name with diacritics
 * @param type       type as the official list writes it ({@code Xã}, {@code Huyện}, {@code Doanh nghiệp}...)
 * @param kind       level or kind of unit
 * @param parentCode code of the parent, null for a province
 * @param ancestry   codes of the ancestors from the top down (province first), without the unit itself
 * @param validFrom  first day the unit exists in this form
 * @param validTo    first day it no longer does (exclusive), null while it does
 * @param revision   1 when created, +1 with every published change
 * @param changedAt  when the last change was stored
 * @param pending    the publication still owed for the current revision, null once published
 * @param predecessors the pre-reform units this version was formed from, with the successor each is counted for
 *                   ({@link UnitChanged#predecessors}), as the links ({@link UnitLink}) give them; empty for most units
 */
@Document(Unit.COLLECTION)
// The revision-guarded write of an import finds its document through this index (trivially unique): a
// real MongoDB would do without, but the embedded store uses an index only for a query of exactly its keys.
@CompoundIndex(name = "code_revision", def = "{'_id': 1, 'revision': 1}", unique = true)
public record Unit(
        @Id String key,
        @Indexed String code,
        String name,
        String type,
        @Indexed UnitKind kind,
        @Indexed String parentCode,
        @Indexed List<String> ancestry,
        LocalDate validFrom,
        LocalDate validTo,
        long revision,
        Instant changedAt,
        PendingPublication pending,
        List<UnitChanged.Predecessor> predecessors) {

    public static final String COLLECTION = "units";

    @PersistenceCreator
    public Unit {
        ancestry = ImmutableLists.copyOrEmpty(ancestry);
        code = code == null ? key : code; // stored before versions: the key was the code
        key = key == null ? code : key;
        predecessors = ImmutableLists.copyOrEmpty(predecessors);
    }

    /** A version without predecessors. */
    public Unit(String key, String code, String name, String type, UnitKind kind, String parentCode, List<String> ancestry,
                LocalDate validFrom, LocalDate validTo, long revision, Instant changedAt, PendingPublication pending) {
        this(key, code, name, type, kind, parentCode, ancestry, validFrom, validTo, revision, changedAt, pending, List.of());
    }

    /** The first version of a code, keyed by the code. */
    public Unit(String code, String name, String type, UnitKind kind, String parentCode, List<String> ancestry,
                LocalDate validFrom, LocalDate validTo, long revision, Instant changedAt, PendingPublication pending) {
        this(code, code, name, type, kind, parentCode, ancestry, validFrom, validTo, revision, changedAt, pending);
    }

    /** The same version with other content (same key). */
    Unit with(String name, String type, UnitKind kind, String parentCode, List<String> ancestry, LocalDate validFrom,
              LocalDate validTo, long revision, Instant changedAt, PendingPublication pending) {
        return new Unit(key, code, name, type, kind, parentCode, ancestry, validFrom, validTo, revision, changedAt, pending,
                predecessors);
    }

    /** The same version with other predecessors, as a new revision owing its publication. */
    Unit withPredecessors(List<UnitChanged.Predecessor> predecessors, Instant changedAt, PendingPublication pending) {
        return new Unit(key, code, name, type, kind, parentCode, ancestry, validFrom, validTo, revision + 1, changedAt, pending,
                predecessors);
    }

    /** True when the unit exists on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
    }

    public boolean closed() {
        return validTo != null;
    }

    /** True when what is published about the unit (every field of {@link UnitChanged} but the revision) is the same. */
    public boolean sameContentAs(Unit other) {
        return Objects.equals(name, other.name) && Objects.equals(type, other.type) && kind == other.kind
                && Objects.equals(parentCode, other.parentCode) && Objects.equals(validFrom, other.validFrom)
                && Objects.equals(validTo, other.validTo);
    }

    public UnitChanged toEvent() {
        return new UnitChanged(code, name, type, kind.name(), parentCode, validFrom, validTo, revision, key, predecessors);
    }

    /**
     * A publication owed for the unit's current revision.
     *
     * @param eventId    the CloudEvents id, reserved when the change was stored so that a re-publish keeps it;
     *                   indexed (sparse: only units awaiting publication) for the relay's conditional clean-up
     * @param occurredAt when the change was stored, the event's time
     */
    public record PendingPublication(@Indexed(unique = true, sparse = true) String eventId, Instant occurredAt) {
    }
}
