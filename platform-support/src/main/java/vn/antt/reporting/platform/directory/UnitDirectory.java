package vn.antt.reporting.platform.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.platform.cache.ReadCache;
import vn.antt.reporting.platform.readmodel.NewerWins;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.time.PlatformTime;

/**
 * The read model of the unit directory: lookups, ancestry and the "is above" test used for access checks, each as of
 * a date. A code may name several units over time (codes are reused across the reform of 1/7/2025): what concerns a
 * plan is read as of its issue date ({@link #find(String, LocalDate)}); a read without a date takes the unit the code
 * names today, else the one it last named, with its ancestors as they were then.
 */
public class UnitDirectory {

    /** Province → district → commune → hamlet, plus a margin for non-administrative units. */
    private static final int MAX_DEPTH = 8;
    private static final Comparator<DirectoryUnit> EARLIEST_FIRST =
            Comparator.comparing(DirectoryUnit::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final MongoTemplate mongo;
    private final Clock clock;
    /**
     * Every version of a code, the earliest first, by code (issue 21: a submission read its unit's ancestors in every
     * service). An event consumed here invalidates its code at once; one consumed by another instance is seen within the
     * TTL. A code without any version is not kept, so a unit whose event comes late is found as soon as it is stored.
     */
    private final ReadCache<String, List<DirectoryUnit>> versionsByCode;

    public UnitDirectory(MongoTemplate mongo) {
        this(mongo, Clock.system(PlatformTime.ZONE));
    }

    public UnitDirectory(MongoTemplate mongo, Clock clock) {
        this(mongo, clock, ReadCache.none());
    }

    public UnitDirectory(MongoTemplate mongo, Clock clock, ReadCache<String, List<DirectoryUnit>> versionsByCode) {
        this.mongo = mongo;
        this.clock = clock;
        this.versionsByCode = versionsByCode;
    }

    /** The unit the code names today, else the one it last named. */
    public Optional<DirectoryUnit> find(String code) {
        return code == null ? Optional.empty() : latestUpTo(versions(code), today());
    }

    /** The unit the code names on {@code day} (today when null): its version valid that day. */
    public Optional<DirectoryUnit> find(String code, LocalDate day) {
        if (day == null) {
            return find(code);
        }
        return versions(code).stream().filter(u -> u.validOn(day)).findFirst();
    }

    /**
     * The units the codes name on {@code day} (today when null), by code, each as {@link #find(String, LocalDate)} finds
     * it; a code that names none is absent. Two queries however many codes (a rebuild names a nation's 760 districts and
     * provinces).
     */
    public Map<String, DirectoryUnit> find(Collection<String> codes, LocalDate day) {
        Map<String, List<DirectoryUnit>> versionsOf = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String code : new java.util.LinkedHashSet<>(codes)) {
            List<DirectoryUnit> cached = versionsByCode.getIfPresent(code);
            if (cached != null) {
                versionsOf.put(code, cached);
            } else {
                missing.add(code);
            }
        }
        CodeVersions.of(mongo, missing, DirectoryUnit.class, DirectoryUnit::key, DirectoryUnit::code).forEach((code, versions) -> {
            List<DirectoryUnit> sorted = sorted(versions);
            versionsByCode.put(code, sorted);
            versionsOf.put(code, sorted);
        });
        Map<String, DirectoryUnit> found = new HashMap<>();
        versionsOf.forEach((code, versions) -> {
            Optional<DirectoryUnit> unit = day == null ? latestUpTo(versions, today())
                    : versions.stream().filter(u -> u.validOn(day)).findFirst();
            unit.ifPresent(u -> found.put(code, u));
        });
        return found;
    }

    /** The versions of these keys (a version key names one version: {@code 00004}, {@code 00004@2025-07-01}), by key. */
    public Map<String, DirectoryUnit> byKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, DirectoryUnit> byKey = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(keys)), DirectoryUnit.class).forEach(u -> byKey.put(u.key(), u));
        return byKey;
    }

    /** Every version of a code, the earliest first (not to be changed: it may be the cached one). */
    public List<DirectoryUnit> versions(String code) {
        if (code == null) {
            return List.of();
        }
        List<DirectoryUnit> versions = versionsByCode.get(code, c -> {
            List<DirectoryUnit> stored = CodeVersions.of(mongo, c, DirectoryUnit.class, DirectoryUnit::key);
            return stored.isEmpty() ? null : sorted(stored);
        });
        return versions == null ? List.of() : versions;
    }

    private static List<DirectoryUnit> sorted(List<DirectoryUnit> versions) {
        List<DirectoryUnit> sorted = new ArrayList<>(versions);
        sorted.sort(EARLIEST_FIRST);
        return List.copyOf(sorted);
    }

    /** Codes of the unit's ancestors from the top down (province first), without the unit itself: as it is, or last was. */
    public List<String> ancestry(String code) {
        return find(code).map(unit -> ancestry(unit, unit.lastDayUpTo(today()))).orElse(List.of());
    }

    /** Codes of the ancestors of the unit the code names on {@code day}, as they were that day. */
    public List<String> ancestry(String code, LocalDate day) {
        if (day == null) {
            return ancestry(code);
        }
        return find(code, day).map(unit -> ancestry(unit, day)).orElse(List.of());
    }

    private List<String> ancestry(DirectoryUnit unit, LocalDate day) {
        List<String> path = new ArrayList<>();
        Optional<DirectoryUnit> current = Optional.of(unit);
        while (current.isPresent() && current.get().parentCode() != null && path.size() < MAX_DEPTH) {
            String parent = current.get().parentCode();
            path.add(parent);
            List<DirectoryUnit> versions = versions(parent);
            current = versions.stream().filter(u -> u.validOn(day)).findFirst().or(() -> latestUpTo(versions, day));
        }
        Collections.reverse(path);
        return path;
    }

    /**
     * True when {@code upper} is {@code unit} itself or one of its ancestors, in any of the units the code has named:
     * an access check without a plan's date must keep Huyện Sơn Tịnh's reviewers reading the pre-reform reports of
     * its communes after the reform gave one of their codes to a commune under the province.
     */
    public boolean isSameOrAbove(String upper, String unit) {
        if (upper == null) {
            return false;
        }
        if (upper.equals(unit)) {
            return true;
        }
        LocalDate today = today();
        for (DirectoryUnit version : versions(unit)) {
            if (ancestry(version, version.lastDayUpTo(today)).contains(upper)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code upper} is {@code unit} itself or one of the ancestors it had on {@code day}. */
    public boolean isSameOrAbove(String upper, String unit, LocalDate day) {
        return upper != null && (upper.equals(unit) || ancestry(unit, day).contains(upper));
    }

    /**
     * True when the caller is, on {@code day}, {@code unit} itself or one of the ancestors it had that day, and their code
     * named then the unit version they belong to ({@link Caller#unitVersion}): the people of Xã Vạn Tường
     * ({@code 21061@2025-07-01}) are not Xã Bình Trị's, which had their code in a plan of May 2025.
     */
    public boolean isSameOrAbove(Caller caller, String unit, LocalDate day) {
        return isSameOrAbove(caller.unitCode(), unit, day) && isCallersUnitOn(caller, day);
    }

    /**
     * True when the caller's code named, on {@code day}, the unit version they belong to (a code that named nothing then
     * is read as its first version): what a plan of that day says of the code concerns them.
     */
    public boolean isCallersUnitOn(Caller caller, LocalDate day) {
        String code = caller.unitCode();
        return code != null && caller.unitVersion().equals(find(code, day).map(DirectoryUnit::key).orElse(code));
    }

    /** The units directly below {@code code}, of any date. */
    public List<DirectoryUnit> children(String code) {
        return mongo.find(Query.query(Criteria.where("parentCode").is(code)), DirectoryUnit.class);
    }

    /** The units directly below {@code code} that exist on {@code day}. */
    public List<DirectoryUnit> children(String code, LocalDate day) {
        return children(code).stream().filter(u -> u.validOn(day)).toList();
    }

    /**
     * Applies a directory event to the version it is about; an older or repeated revision changes nothing, so the topic
     * can be replayed from the start at any time.
     */
    public boolean apply(UnitChanged event) {
        DirectoryUnit unit = new DirectoryUnit(event.versionKey(), event.code(), event.name(), event.type(), event.kind(),
                event.parentCode(), event.validFrom(), event.validTo(), event.revision(), event.predecessors());
        boolean newer = NewerWins.save(mongo, unit, unit.key(), "revision", event.revision());
        // Even when not newer: another instance may have stored it first, this one's cached versions are older then.
        versionsByCode.invalidate(event.code());
        return newer;
    }

    /**
     * Applies one poll's events with one bulk write, newer wins as in {@link #apply(UnitChanged)}: per version key only
     * the highest revision of the batch is written, and only over a stored one that is lower. Returns how many versions
     * changed. One store round trip for the batch (one per event took ≈ 15.000 of them after an import of both lists).
     */
    public int apply(List<UnitChanged> events) {
        Map<String, DirectoryUnit> newest = new LinkedHashMap<>();
        for (UnitChanged event : events) {
            DirectoryUnit unit = new DirectoryUnit(event.versionKey(), event.code(), event.name(), event.type(), event.kind(),
                    event.parentCode(), event.validFrom(), event.validTo(), event.revision(), event.predecessors());
            newest.merge(unit.key(), unit, (kept, other) -> other.revision() > kept.revision() ? other : kept);
        }
        int changed = NewerWins.saveAll(mongo, DirectoryUnit.class, newest.values(), DirectoryUnit::key, "revision",
                DirectoryUnit::revision);
        // As for one event: every code of the batch is read again, whether this write or another instance's stored it.
        newest.values().forEach(unit -> versionsByCode.invalidate(unit.code()));
        return changed;
    }

    private LocalDate today() {
        return PlatformTime.today(clock);
    }

    /** The version valid on {@code day}, else the last one begun by then, else the first. */
    private static Optional<DirectoryUnit> latestUpTo(List<DirectoryUnit> versions, LocalDate day) {
        Optional<DirectoryUnit> valid = versions.stream().filter(u -> u.validOn(day)).findFirst();
        if (valid.isPresent()) {
            return valid;
        }
        DirectoryUnit begun = null;
        for (DirectoryUnit unit : versions) {
            if (unit.validFrom() == null || !unit.validFrom().isAfter(day)) {
                begun = unit;
            }
        }
        return begun != null ? Optional.of(begun) : versions.stream().findFirst();
    }
}
