package vn.antt.reporting.planning.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.antt.reporting.contracts.planning.LocalGovernment;

/**
 * Checks a whole import file against the directory before anything is written: every record must have
 * a code, a name and a type; no code may appear twice; every parent must be in the file or in the
 * directory and be of the right level; no chain of parents may loop. Every error names its record.
 */
public final class UnitImportValidator {

    /**
     * Returns every error of the file (those found when reading it first), empty when it can be imported.
     *
     * @param file     the file as read
     * @param existing the directory as it is, by code
     */
    public List<ImportError> validate(UnitFile file, Map<String, Unit> existing) {
        List<ImportError> errors = new ArrayList<>(file.errors());
        if (file.records().isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(UnitFileParser.FILE, UnitFileParser.FILE, "empty-file", "the file lists no unit"));
            return errors;
        }
        Map<String, UnitRecord> byCode = new LinkedHashMap<>();
        for (UnitRecord record : file.records()) {
            checkRequiredFields(record, errors);
            if (record.code() == null) {
                continue;
            }
            UnitRecord first = byCode.putIfAbsent(record.code(), record);
            if (first != null) {
                errors.add(ImportError.of(record, "duplicate-code", "code " + record.code() + " at " + record.path()
                        + " is already used by '" + first.name() + "' at " + first.path()));
            }
            Unit stored = existing.get(record.code());
            if (stored != null && record.kind() != null && stored.kind() != record.kind()) {
                errors.add(ImportError.of(record, "kind-conflict", "unit " + record.code() + " is a " + stored.kind()
                        + " in the directory; the file makes it a " + record.kind()));
            }
        }
        for (UnitRecord record : byCode.values()) {
            checkParent(record, twoLevels(file, record), byCode, existing, errors);
        }
        errors.addAll(cycles(byCode, existing));
        return errors;
    }

    private static void checkRequiredFields(UnitRecord record, List<ImportError> errors) {
        if (record.code() == null) {
            errors.add(ImportError.of(record, "missing-code", "the unit at " + record.path()
                    + (record.name() != null ? " ('" + record.name() + "')" : "") + " has no code"));
        }
        if (record.name() == null) {
            errors.add(ImportError.of(record, "missing-name", "unit " + record.label() + " has no name"));
        }
        if (record.type() == null) {
            errors.add(ImportError.of(record, "missing-type", "unit " + record.label() + " has no type"));
        }
    }

    /** Whether the record describes a unit of the two-level tree in force from 1/7/2025. */
    private static boolean twoLevels(UnitFile file, UnitRecord record) {
        return file.format() == UnitFile.Format.TWO_LEVEL_LIST
                || LocalGovernment.twoLevelsOn(record.validFrom() != null ? record.validFrom() : file.declaredDate());
    }

    private static void checkParent(UnitRecord record, boolean twoLevels, Map<String, UnitRecord> byCode, Map<String, Unit> existing,
                                    List<ImportError> errors) {
        UnitKind kind = record.kind();
        if (twoLevels && kind == UnitKind.DISTRICT) {
            errors.add(ImportError.of(record, "district-after-reform", "unit " + record.code() + " is a district, but there is"
                    + " no district level from " + LocalGovernment.TWO_LEVELS_SINCE + " (the two-level local government)"));
            return;
        }
        String parent = record.parentCode();
        if (parent == null) {
            if (kind != null && kind != UnitKind.PROVINCE) {
                errors.add(ImportError.of(record, "missing-parent", "unit " + record.code() + " (" + kind
                        + ") has no parent; only a province has none"));
            }
            return;
        }
        UnitKind parentKind;
        if (byCode.containsKey(parent)) {
            parentKind = byCode.get(parent).kind();
        } else if (existing.containsKey(parent)) {
            parentKind = existing.get(parent).kind();
        } else {
            errors.add(ImportError.of(record, "unknown-parent", "unit " + record.code() + " names the parent " + parent
                    + ", which is neither in the file nor in the directory"));
            return;
        }
        UnitKind expected = switch (kind == null ? UnitKind.AGENCY : kind) {
            case PROVINCE -> null;
            case DISTRICT -> UnitKind.PROVINCE;
            // From 1/7/2025 a commune is directly under its province.
            case COMMUNE -> twoLevels ? UnitKind.PROVINCE : UnitKind.DISTRICT;
            case HAMLET -> UnitKind.COMMUNE;
            default -> parentKind;
        };
        if (kind == UnitKind.PROVINCE) {
            errors.add(ImportError.of(record, "wrong-parent-kind", "province " + record.code() + " cannot have a parent ("
                    + parent + ")"));
        } else if (parentKind != null && expected != parentKind) {
            errors.add(ImportError.of(record, "wrong-parent-kind", "the parent of " + kind + " " + record.code()
                    + " must be a " + expected + ", but " + parent + " is a " + parentKind));
        }
    }

    /**
     * Follows the parents of every record through the directory as the file would leave it and reports
     * each record that lies on a loop, e.g. two agencies naming each other as parent.
     */
    private static List<ImportError> cycles(Map<String, UnitRecord> byCode, Map<String, Unit> existing) {
        Map<String, String> parentOf = new HashMap<>();
        existing.values().forEach(unit -> parentOf.put(unit.code(), unit.parentCode()));
        byCode.values().forEach(record -> parentOf.put(record.code(), record.parentCode()));

        Set<String> acyclic = new HashSet<>();
        Set<String> onCycle = new HashSet<>();
        List<ImportError> errors = new ArrayList<>();
        for (UnitRecord record : byCode.values()) {
            List<String> path = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String current = record.code();
            while (current != null && !acyclic.contains(current) && !onCycle.contains(current) && seen.add(current)) {
                path.add(current);
                current = parentOf.get(current);
            }
            if (current != null && seen.contains(current) && !onCycle.contains(current)) {
                List<String> loop = path.subList(path.indexOf(current), path.size());
                onCycle.addAll(loop);
                String chain = loop.stream().collect(Collectors.joining(" → ")) + " → " + current;
                for (String code : loop) {
                    UnitRecord member = byCode.get(code);
                    if (member != null) {
                        errors.add(ImportError.of(member, "cycle", "the parents of unit " + code + " loop: " + chain));
                    }
                }
            }
            path.stream().filter(code -> !onCycle.contains(code)).forEach(acyclic::add);
        }
        return errors;
    }
}
