package vn.antt.reporting.planning.unit;

import java.time.LocalDate;
import java.util.List;

/** A unit as the API shows it: one version of its code ({@code versionKey}, see {@link Unit#key}). */
public record UnitView(String code, String name, String type, UnitKind kind, String parentCode, List<String> ancestry,
                       LocalDate validFrom, LocalDate validTo, long revision, String versionKey) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.code(), unit.name(), unit.type(), unit.kind(), unit.parentCode(), unit.ancestry(),
                unit.validFrom(), unit.validTo(), unit.revision(), unit.key());
    }
}
