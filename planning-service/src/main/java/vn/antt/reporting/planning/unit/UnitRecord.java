package vn.antt.reporting.planning.unit;

import java.time.LocalDate;

/**
 * One unit as an import file describes it, before validation.
 *
 * @param path       where the record is in the file, e.g. {@code data[12].level2s[3]}
 * @param code       its code (GSO code or own code), null when missing
 * @param name       its name, null when missing
 * @param type       its type as written, e.g. {@code Xã}
 * @param kind       its kind, null when the file names none or an unknown one
 * @param parentCode the parent's code, null for a province
 * @param validFrom  the first day it exists, null to use the import's date
 * @param validTo    the first day it no longer exists, null while it does
 * @param predecessors the merger map's text naming the units it was formed from (two-level list only), else null
 */
public record UnitRecord(String path, String code, String name, String type, UnitKind kind, String parentCode,
                         LocalDate validFrom, LocalDate validTo, String predecessors) {

    public UnitRecord(String path, String code, String name, String type, UnitKind kind, String parentCode,
                      LocalDate validFrom, LocalDate validTo) {
        this(path, code, name, type, kind, parentCode, validFrom, validTo, null);
    }

    /** How the record is named in error messages: its code, or its place in the file when it has none. */
    public String label() {
        return code != null ? code : path;
    }
}
