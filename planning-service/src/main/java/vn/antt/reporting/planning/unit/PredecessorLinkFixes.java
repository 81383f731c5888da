package vn.antt.reporting.planning.unit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import com.mongodb.bulk.BulkWriteResult;

import vn.antt.reporting.contracts.planning.LocalGovernment;
import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.platform.directory.CodeVersions;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.time.PlatformTime;

/**
 * Keeps the predecessors published with each new unit ({@link UnitChanged#predecessors}) equal to the links
 * ({@link UnitLink}) and their attribution ({@link PredecessorAttribution}), and lets an administrator set a new unit's
 * links by hand: every change is an audit record ({@link UnitLinkFix}) and a new revision of each unit whose
 * predecessors or attribution changed, published on {@code unit-directory} by the relay like any change of the directory.
 */
@Service
public class PredecessorLinkFixes {

    /** The text of a link set by hand (the merger map's text is kept for the links it gave). */
    static final String BY_HAND = "sửa thủ công";

    private final MongoTemplate mongo;
    private final UnitQueries queries;
    private final UnitImportAccess access;
    private final Clock clock;

    public PredecessorLinkFixes(MongoTemplate mongo, UnitQueries queries, UnitImportAccess access, Clock clock) {
        this.mongo = mongo;
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Writes a new revision, owing its publication, of every unit among the successors of the links and {@code
     * alsoKeys} whose predecessors differ from what the links give; the others are left alone (an import run again
     * changes nothing).
     *
     * @return how many units changed
     */
    int republish(Collection<String> alsoKeys) {
        Map<String, List<UnitChanged.Predecessor>> wanted = PredecessorAttribution.of(mongo.findAll(UnitLink.class));
        Set<String> keys = new LinkedHashSet<>(wanted.keySet());
        keys.addAll(alsoKeys);
        if (keys.isEmpty()) {
            return 0;
        }
        List<Unit> changed = new ArrayList<>();
        Map<String, Long> previousRevision = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (Unit unit : mongo.find(Query.query(Criteria.where("_id").in(keys)), Unit.class)) {
            List<UnitChanged.Predecessor> predecessors = wanted.getOrDefault(unit.key(), List.of());
            if (!predecessors.equals(unit.predecessors())) {
                previousRevision.put(unit.key(), unit.revision());
                changed.add(unit.withPredecessors(predecessors, now,
                        new Unit.PendingPublication(UUID.randomUUID().toString(), now)));
            }
        }
        if (changed.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Unit.class);
        for (Unit unit : changed) {
            bulk.replaceOne(Query.query(Criteria.where("_id").is(unit.key()).and("revision").is(previousRevision.get(unit.key()))),
                    unit);
        }
        BulkWriteResult result = bulk.execute();
        if (result.getMatchedCount() != changed.size()) {
            throw new ImportConflictException((changed.size() - result.getMatchedCount())
                    + " units were changed by someone else while their predecessors were written; try again");
        }
        return changed.size();
    }

    /** The new unit and its links, and the audit record of the change. */
    public record FixResult(UnitQueries.UnitLinks links, FixView fix) {
    }

    /** An audit record as the API shows it: the time in Vietnam (+07:00). */
    public record FixView(String id, String successorKey, String successorCode, String userId, String unitCode,
                          OffsetDateTime at, List<String> before, List<String> after, String reason) {

        static FixView of(UnitLinkFix fix) {
            return new FixView(fix.id(), fix.successorKey(), fix.successorCode(), fix.userId(), fix.unitCode(),
                    PlatformTime.inVietnam(fix.at()), fix.before(), fix.after(), fix.reason());
        }
    }

    /**
     * Sets the links of the new unit {@code code} (the one valid on {@code asOf}, else today) to exactly {@code
     * predecessorKeys} (an empty list removes them all). Refused with the field at fault: an unknown version key, a
     * predecessor not valid on 30/6/2025, a unit that is not new (formed on or after 1/7/2025), a unit or predecessor
     * outside the caller's subtree, a missing reason.
     */
    public FixResult set(Caller caller, String code, LocalDate asOf, List<String> predecessorKeys, String reason) {
        access.requireAdmin(caller);
        if (reason == null || reason.isBlank()) {
            throw new InvalidPredecessorFixException("reason", "A hand fix of predecessor links needs its reason");
        }
        if (predecessorKeys == null) {
            throw new InvalidPredecessorFixException("predecessors", "The predecessors (version keys, possibly none) are required");
        }
        Unit successor = queries.get(code, asOf);
        if (successor.validFrom() == null || !LocalGovernment.twoLevelsOn(successor.validFrom())) {
            throw new InvalidPredecessorFixException("code", "Unit " + successor.key() + " was not formed by the reform (valid from "
                    + successor.validFrom() + "): only a unit valid from " + LocalGovernment.TWO_LEVELS_SINCE + " has predecessors");
        }
        access.checkLinkFix(caller, successor, "code", provincesFormedInto(caller));
        LocalDate lastDayBefore = LocalGovernment.TWO_LEVELS_SINCE.minusDays(1);
        Map<String, Unit> predecessors = new LinkedHashMap<>();
        for (int i = 0; i < predecessorKeys.size(); i++) {
            String field = "predecessors[" + i + "]";
            String key = predecessorKeys.get(i);
            Unit predecessor = key == null ? null : mongo.findById(key, Unit.class);
            if (predecessor == null) {
                throw new InvalidPredecessorFixException(field, "No unit version has the key " + key);
            }
            if (!predecessor.validOn(lastDayBefore)) {
                throw new InvalidPredecessorFixException(field, "Unit version " + key + " (" + predecessor.name() + ", valid "
                        + predecessor.validFrom() + " to " + predecessor.validTo() + ") was not valid on " + lastDayBefore
                        + ": a predecessor is a unit before the reform");
            }
            access.checkLinkFix(caller, predecessor, field, provincesFormedInto(caller));
            predecessors.putIfAbsent(key, predecessor);
        }
        List<UnitLink> current = mongo.find(Query.query(Criteria.where("successorKey").is(successor.key())), UnitLink.class);
        List<String> before = current.stream().sorted(Comparator.comparing(UnitLink::predecessorCode))
                .map(UnitLink::predecessorKey).toList();
        Set<String> kept = new HashSet<>();
        for (UnitLink link : current) {
            if (predecessors.containsKey(link.predecessorKey())) {
                kept.add(link.predecessorKey());
            } else {
                mongo.remove(Query.query(Criteria.where("_id").is(link.id())), UnitLink.class);
            }
        }
        predecessors.values().stream().filter(p -> !kept.contains(p.key()))
                .forEach(p -> mongo.insert(UnitLink.of(successor, p, false, BY_HAND)));
        List<String> after = predecessors.values().stream().sorted(Comparator.comparing(Unit::code)).map(Unit::key).toList();
        UnitLinkFix fix = mongo.insert(new UnitLinkFix(UUID.randomUUID().toString(), successor.key(), successor.code(),
                caller.userId(), caller.unitCode(), clock.instant(), before, after, reason.strip()));
        republish(List.of(successor.key()));
        return new FixResult(queries.links(successor), FixView.of(fix));
    }

    /** The audit records of a new unit's hand fixes, the latest first. */
    public List<FixView> fixes(String code, LocalDate asOf) {
        Unit unit = queries.get(code, asOf);
        return mongo.find(Query.query(Criteria.where("successorKey").is(unit.key())).with(Sort.by(Sort.Direction.DESC, "at")),
                UnitLinkFix.class).stream().map(FixView::of).toList();
    }

    /** One name the last import of a two-level list could not link, with the new unit's links as they are now. */
    public record UnresolvedView(String unit, String unitKey, String unitName, String path, String predecessor, String reason,
                                 List<UnitLink> links) {
    }

    /** What the last import could not link, of the units the caller administers (all of them for a national unit). */
    public record Unresolved(LocalDate validFrom, Instant importedAt, List<UnresolvedView> items) {
    }

    public Unresolved unresolved(Caller caller) {
        access.requireAdmin(caller);
        UnresolvedPredecessors last = mongo.findById(UnresolvedPredecessors.LAST, UnresolvedPredecessors.class);
        if (last == null) {
            return new Unresolved(null, null, List.of());
        }
        Set<String> formedInto = provincesFormedInto(caller);
        // Two queries however many names (the real list leaves ≈ 1.400): the units, then the links of those the caller may fix.
        Set<String> codes = new LinkedHashSet<>();
        last.items().forEach(item -> codes.add(item.unit()));
        Map<String, Unit> units = new LinkedHashMap<>();
        CodeVersions.of(mongo, codes, Unit.class, Unit::key, Unit::code).forEach((code, versions) -> versions.stream()
                .filter(version -> version.validOn(last.validFrom())).findFirst()
                .filter(unit -> access.mayFixLinks(caller, unit, formedInto)).ifPresent(unit -> units.put(code, unit)));
        Map<String, List<UnitLink>> linksByKey = new LinkedHashMap<>();
        if (!units.isEmpty()) {
            Set<String> keys = new LinkedHashSet<>();
            units.values().forEach(unit -> keys.add(unit.key()));
            mongo.find(Query.query(Criteria.where("successorKey").in(keys)), UnitLink.class)
                    .forEach(link -> linksByKey.computeIfAbsent(link.successorKey(), k -> new ArrayList<>()).add(link));
        }
        List<UnresolvedView> items = new ArrayList<>();
        for (UnresolvedPredecessor item : last.items()) {
            Unit unit = units.get(item.unit());
            if (unit == null) {
                continue;
            }
            items.add(new UnresolvedView(item.unit(), unit.key(), unit.name(), item.path(), item.predecessor(), item.reason(),
                    linksByKey.getOrDefault(unit.key(), List.of())));
        }
        return new Unresolved(last.validFrom(), last.importedAt(), items);
    }

    /** Keeps what an import of a two-level list could not link, for {@link #unresolved}. */
    void keepUnresolved(LocalDate validFrom, List<UnresolvedPredecessor> items) {
        mongo.save(new UnresolvedPredecessors(UnresolvedPredecessors.LAST, validFrom, clock.instant(), items));
    }

    /** The pre-reform provinces the caller's province was formed from (Kon Tum for the new Quảng Ngãi), and itself. */
    private Set<String> provincesFormedInto(Caller caller) {
        Set<String> provinces = new HashSet<>();
        if (caller.unitCode() == null) {
            return provinces;
        }
        provinces.add(caller.unitCode());
        mongo.find(Query.query(Criteria.where("successorCode").is(caller.unitCode())), UnitLink.class)
                .forEach(link -> provinces.add(link.predecessorCode()));
        return provinces;
    }
}
