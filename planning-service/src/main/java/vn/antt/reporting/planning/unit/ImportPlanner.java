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

/**
 * Works out the writes of a valid import: a unit is written, and its revision raised with a new event
 * reserved, only when what is published about it really changes, so that importing the same file
 * twice changes nothing.
 * <ul>
 *   <li>a record of a new code creates a unit, valid from the record's date or the import's date;</li>
 *   <li>a record of a known code updates name, type, parent and validity when they differ;</li>
 *   <li>an official list is complete for the provinces it lists (for every province when it is taken as
 *       the national list): their administrative units missing from it are closed on the import's date.</li>
 * </ul>
 */
final class ImportPlanner {

    private final Supplier<String> eventIds;

    ImportPlanner(Supplier<String> eventIds) {
        this.eventIds = eventIds;
    }

    ImportPlan plan(UnitFile file, Map<String, Unit> existing, LocalDate importDate, boolean national, Instant now) {
        Map<String, Unit> after = new HashMap<>(existing);
        Map<String, Unit> touched = new LinkedHashMap<>();
        Set<String> inFile = new HashSet<>();
        int unchanged = 0;
        for (UnitRecord record : file.records()) {
            inFile.add(record.code());
            Unit before = existing.get(record.code());
            LocalDate validFrom = record.validFrom() != null ? record.validFrom()
                    : before != null && before.validFrom() != null ? before.validFrom() : importDate;
            Unit candidate = new Unit(record.code(), record.name(), record.type(), record.kind(), record.parentCode(),
                    List.of(), validFrom, record.validTo(), 0, null, null);
            if (before != null && before.sameContentAs(candidate)) {
                unchanged++;
                continue;
            }
            after.put(record.code(), candidate);
            touched.put(record.code(), candidate);
        }
        int closed = 0;
        if (file.format() == UnitFile.Format.OFFICIAL_LIST) {
            Set<String> listed = file.listedProvinces();
            for (Unit unit : existing.values()) {
                if (unit.kind().administrative() && !unit.closed() && !inFile.contains(unit.code())
                        && (national || listed.contains(provinceOf(unit.code(), after)))) {
                    Unit closing = new Unit(unit.code(), unit.name(), unit.type(), unit.kind(), unit.parentCode(),
                            List.of(), unit.validFrom(), importDate, 0, null, null);
                    after.put(unit.code(), closing);
                    touched.put(unit.code(), closing);
                    closed++;
                }
            }
        }

        Map<String, List<String>> ancestries = new HashMap<>();
        List<Unit> created = new ArrayList<>();
        List<ImportPlan.Change> changed = new ArrayList<>();
        Set<String> provinces = new TreeSet<>();
        for (Unit unit : touched.values()) {
            List<String> ancestry = ancestry(unit.code(), after, ancestries);
            provinces.add(ancestry.isEmpty() ? unit.code() : ancestry.get(0));
            Unit before = existing.get(unit.code());
            long revision = before == null ? 1 : before.revision() + 1;
            Unit written = new Unit(unit.code(), unit.name(), unit.type(), unit.kind(), unit.parentCode(), ancestry,
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
        for (Unit unit : existing.values()) {
            if (touched.containsKey(unit.code())) {
                continue;
            }
            List<String> ancestry = ancestry(unit.code(), after, ancestries);
            if (!ancestry.equals(unit.ancestry())) {
                ancestryOnly.add(new Unit(unit.code(), unit.name(), unit.type(), unit.kind(), unit.parentCode(), ancestry,
                        unit.validFrom(), unit.validTo(), unit.revision(), unit.changedAt(), unit.pending()));
            }
        }
        return new ImportPlan(created, changed, closed, ancestryOnly, unchanged, provinces, national);
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
