package vn.antt.reporting.planning.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An import file once read: its records in file order, what could not be read in it, and the date it
 * declares. Validation against the directory comes next ({@link UnitImportValidator}).
 *
 * @param format       which of the two accepted shapes the file has
 * @param records      every unit record found
 * @param errors       records or parts of the file that could not be read
 * @param declaredDate the date the file states its content is valid from ({@code data_date} or
 *                     {@code validFrom}), null when it states none
 */
public record UnitFile(Format format, List<UnitRecord> records, List<ImportError> errors, LocalDate declaredDate) {

    public UnitFile {
        records = List.copyOf(records);
        errors = List.copyOf(errors);
    }

    /** Codes of the provinces the file lists (official list only): the part of the tree it is complete for. */
    public Set<String> listedProvinces() {
        if (format == Format.UNIT_LIST) {
            return Set.of();
        }
        return records.stream()
                .filter(r -> r.kind() == UnitKind.PROVINCE && r.code() != null)
                .map(UnitRecord::code)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** True when the file describes the two-level tree (communes directly under their province). */
    public boolean twoLevels() {
        return format == Format.TWO_LEVEL_LIST
                || vn.antt.reporting.contracts.planning.LocalGovernment.twoLevelsOn(declaredDate);
    }

    public enum Format {
        /**
         * The official list of administrative units (General Statistics Office), as published in
         * {@code dvhcvn.json}: {@code {"data_date": "dd/MM/yyyy", "data": [{level1_id, name, type,
         * level2s: [{level2_id, name, type, level3s: [{level3_id, name, type}]}]}]}}. It is complete for
         * the provinces it lists: their administrative units missing from it are closed.
         */
        OFFICIAL_LIST,
        /**
         * The national list in force from 1/7/2025, as in {@code dvhcvn-2025.json}: {@code {"validFrom"?: "yyyy-MM-dd",
         * "provinces": [{code, name, type, predecessors, communes: [{code, name, type, predecessors}]}]}}, communes directly
         * under their province. It replaces the whole administrative tree on its date (1/7/2025 when it states none): a
         * code it gives to another unit than the directory's opens a new version of the code and closes the old one the
         * day before; every administrative unit it lacks (every district) is closed. Nothing before the date changes.
         */
        TWO_LEVEL_LIST,
        /**
         * The directory's own format for any unit, e.g. agencies and enterprises:
         * {@code {"validFrom": "yyyy-MM-dd", "units": [{code, name, type, kind, parentCode, validFrom?, validTo?}]}}.
         * Units not listed are left as they are.
         */
        UNIT_LIST
    }
}
