package vn.antt.reporting.planning.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An asynchronous import as the API shows it.
 *
 * @param state       where it stands; {@code stateLabel} says it in Vietnamese
 * @param records     unit records read from the file
 * @param writes      documents the validated import announced it will write
 * @param written     of which are stored
 * @param percent     of the writes done, 0 to 100, never going back; 100 once finished well
 * @param report      when done: what the import created, changed and closed (the synchronous import's report)
 * @param created     when done: the created units (at most {@code reporting.units.import-jobs.table-rows})
 * @param changed     when done: the renamed, moved or reopened units
 * @param closed      when done: the closed units
 * @param problem     when failed: the problem details the synchronous import answers, e.g. invalid-unit-import with
 *                    its {@code errors}, each naming the offending record
 */
public record ImportJobView(String id, ImportJobState state, String stateLabel, String fileName, int records, int writes,
                            int written, int percent, Instant startedAt, Instant finishedAt, ImportReport report,
                            List<UnitRow> created, List<UnitRow> changed, List<UnitRow> closed, Map<String, Object> problem) {

    /** One row of the report's tables. */
    public record UnitRow(String code, String name, String type, UnitKind kind, String parentCode, LocalDate validFrom,
                          LocalDate validTo) {

        static UnitRow of(Unit unit) {
            return new UnitRow(unit.code(), unit.name(), unit.type(), unit.kind(), unit.parentCode(), unit.validFrom(),
                    unit.validTo());
        }
    }
}
