package vn.antt.reporting.planning.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import vn.antt.reporting.contracts.planning.UnitChanged;

/**
 * Works out the writes of a valid import: a unit is written, and its revision raised with a new event
 * reserved, only when what is published about it really changes, so that importing the same file
 * twice changes nothing.
 * <ul>
 *   <li>a record of a new code creates a unit, valid from the record's date or the import's date;</li>
 *   <li>a record of a known code updates name, type, parent and validity when they differ;</li>
 *   <li>an official list is complete for the provinces it lists (for every province when it is taken as
 *       the national list): their administrative units missing from it are closed on the import's date;</li>
 *   <li>the two-level list of 1/7/2025 is the whole tree from its date: a code it gives to another unit (other name,
 *       type or parent) gets a new version from that date and its old version is closed on it, so that what was
 *       issued before keeps the unit as it was; every administrative unit it lacks is closed.</li>
 * </ul>
 */
final class ImportPlanner {

    private final Supplier<String> eventIds;

    ImportPlanner(Supplier<String> eventIds) {
        this.eventIds = eventIds;
    }

    /**
     * @param existing for each code, its version in force on the import's date (see {@link #inForceOn}); earlier and later
     *                 versions are history and stay as they are
     */
    ImportPlan plan(UnitFile file, Map<String, Unit> existing, LocalDate importDate, boolean national, Instant now) {
        boolean versioning = file.format() == UnitFile.Format.TWO_LEVEL_LIST;
        national = national || versioning;
        Map<String, Unit> after = new HashMap<>(existing);
        Map<String, Unit> touched = new LinkedHashMap<>();
        // Versions the import closes because their code names another unit from the import's date: they keep their ancestry.
        Map<String, Unit> superseded = new LinkedHashMap<>();
        Set<String> inFile = new HashSet<>();
        int unchanged = 0;
        for (UnitRecord record : file.records()) {
            inFile.add(record.code());
            Unit before = existing.get(record.code());
            if (versioning && before != null) {
                Unit reopened = before.with(record.name(), record.type(), record.kind(), record.parentCode(), List.of(),
                        before.validFrom(), null, 0, null, null);
                if (before.sameContentAs(reopened)) {
                    unchanged++;
                    continue;
                }
                if (before.validFrom() != null && before.validFrom().isBefore(importDate)) {
                    // Another unit under the same code from the import's date: the one it named keeps its history.
                    if (before.validTo() == null || before.validTo().isAfter(importDate)) {
                        superseded.put(before.key(), before.with(before.name(), before.type(), before.kind(), before.parentCode(),
                                before.ancestry(), before.validFrom(), importDate, 0, null, null));
                    }
                    Unit next = new Unit(UnitChanged.laterVersionKey(record.code(), importDate), record.code(), record.name(),
                            record.type(), record.kind(), record.parentCode(), List.of(), importDate, null, 0, null, null);
                    after.put(record.code(), next);
                    touched.put(next.key(), next);
                } else {
                    after.put(record.code(), reopened);
                    touched.put(reopened.key(), reopened);
                }
                continue;
            }
            LocalDate validFrom = record.validFrom() != null ? record.validFrom()
                    : before != null && before.validFrom() != null ? before.validFrom() : importDate;
            // A list says what exists on its date; an end after that date (the reform's) is a later fact it cannot undo.
            LocalDate validTo = record.validTo() != null ? record.validTo()
                    : before != null && before.validTo() != null && before.validTo().isAfter(importDate) ? before.validTo() : null;
            Unit candidate = before != null
                    ? before.with(record.name(), record.type(), record.kind(), record.parentCode(), List.of(), validFrom,
                            validTo, 0, null, null)
                    : new Unit(record.code(), record.name(), record.type(), record.kind(), record.parentCode(),
                            List.of(), validFrom, record.validTo(), 0, null, null);
            if (before != null && before.sameContentAs(candidate)) {
                unchanged++;
                continue;
            }
            after.put(record.code(), candidate);
            touched.put(candidate.key(), candidate);
        }
        int closed = superseded.size();
        if (file.format() != UnitFile.Format.UNIT_LIST) {
            Set<String> listed = file.listedProvinces();
            for (Unit unit : existing.values()) {
                if (unit.kind().administrative() && !unit.closed() && !inFile.contains(unit.code())
                        && (unit.validFrom() == null || !unit.validFrom().isAfter(importDate))
                        && (national || listed.contains(provinceOf(unit.code(), after)))) {
                    Unit closing = unit.with(unit.name(), unit.type(), unit.kind(), unit.parentCode(),
                            unit.ancestry(), unit.validFrom(), importDate, 0, null, null);
                    after.put(unit.code(), closing);
                    touched.put(closing.key(), closing);
                    if (versioning) {
                        superseded.put(closing.key(), closing);
                    }
                    closed++;
                }
            }
        }
        touched.putAll(superseded);

        Map<String, List<String>> ancestries = new HashMap<>();
        Map<String, Unit> storedByKey = new HashMap<>();
        existing.values().forEach(unit -> storedByKey.put(unit.key(), unit));
        List<Unit> created = new ArrayList<>();
        List<ImportPlan.Change> changed = new ArrayList<>();
        Set<String> provinces = new TreeSet<>();
        for (Unit unit : touched.values()) {
            List<String> ancestry = superseded.containsKey(unit.key()) ? unit.ancestry() : ancestry(unit.code(), after, ancestries);
            provinces.add(ancestry.isEmpty() ? unit.code() : ancestry.get(0));
            Unit before = storedByKey.get(unit.key());
            long revision = before == null ? 1 : before.revision() + 1;
            Unit written = unit.with(unit.name(), unit.type(), unit.kind(), unit.parentCode(), ancestry,
                    unit.validFrom(), unit.validTo(), revision, now, new Unit.PendingPublication(eventIds.get(), now));
            if (before == null) {
                created.add(written);
            } else {
                changed.add(new ImportPlan.Change(before.revision(), written));
            }
        }
        for (UnitRecord record : file.records()) {
            List<String> ancestry = ancestry(record.code(), after, ancestries);
            provinces.add(ancestry.isEmpty() ? record.code() : ancestry.get(0));
        }
        List<Unit> ancestryOnly = new ArrayList<>();
        // A new tree from a date re-parents nothing that existed before it: what it changes gets a new version.
        for (Unit unit : versioning ? List.<Unit>of() : existing.values()) {
            if (touched.containsKey(unit.key())) {
                continue;
            }
            List<String> ancestry = ancestry(unit.code(), after, ancestries);
            if (!ancestry.equals(unit.ancestry())) {
                ancestryOnly.add(unit.with(unit.name(), unit.type(), unit.kind(), unit.parentCode(), ancestry,
                        unit.validFrom(), unit.validTo(), unit.revision(), unit.changedAt(), unit.pending()));
            }
        }
        return new ImportPlan(created, changed, closed, ancestryOnly, unchanged, provinces, national);
    }

    /**
     * Of a code's versions (any order), the one an import dated {@code day} works on: the one valid that day, else the
     * last one begun by then, else the first.
     */
    static Unit inForceOn(List<Unit> versions, LocalDate day) {
        Unit valid = null;
        Unit lastBegun = null;
        Unit first = null;
        for (Unit unit : versions) {
            if (unit.validOn(day)) {
                valid = unit;
            }
            boolean begun = unit.validFrom() == null || !unit.validFrom().isAfter(day);
            if (begun && (lastBegun == null || later(unit, lastBegun))) {
                lastBegun = unit;
            }
            if (first == null || later(first, unit)) {
                first = unit;
            }
        }
        return valid != null ? valid : lastBegun != null ? lastBegun : first;
    }

    private static boolean later(Unit a, Unit b) {
        if (a.validFrom() == null) {
            return false;
        }
        return b.validFrom() == null || a.validFrom().isAfter(b.validFrom());
    }

    private static String provinceOf(String code, Map<String, Unit> units) {
        String current = code;
        for (int depth = 0; depth < 16; depth++) {
            Unit unit = units.get(current);
            if (unit == null || unit.parentCode() == null) {
                return current;
            }
            current = unit.parentCode();
        }
        return current;
    }

    /** Ancestors from the top down; the validator has excluded loops and unknown parents. */
    private static List<String> ancestry(String code, Map<String, Unit> units, Map<String, List<String>> memo) {
        List<String> known = memo.get(code);
        if (known != null) {
            return known;
        }
        Unit unit = units.get(code);
        List<String> result;
        if (unit == null || unit.parentCode() == null) {
            result = List.of();
        } else {
            List<String> parents = new ArrayList<>(ancestry(unit.parentCode(), units, memo));
            parents.add(unit.parentCode());
            result = List.copyOf(parents);
        }
        memo.put(code, result);
        return result;
    }
}
