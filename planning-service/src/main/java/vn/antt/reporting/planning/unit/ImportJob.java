package vn.antt.reporting.planning.unit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One asynchronous import as it advances: fed by the importer through {@link ImportProgress}, read by whoever polls
 * it. Every method is synchronized: the import thread writes while request threads read a {@link #view()}.
 */
public final class ImportJob implements ImportProgress {

    private final String id;
    private final String userId;
    private final String unitCode;
    private final String fileName;
    private final Instant startedAt;
    private final int tableRows;

    private ImportJobState state = ImportJobState.READING;
    private int records;
    private int writes;
    private int written;
    private int percent;
    private Instant finishedAt;
    private ImportReport report;
    private Map<String, Object> problem;
    private List<ImportJobView.UnitRow> created = List.of();
    private List<ImportJobView.UnitRow> changed = List.of();
    private List<ImportJobView.UnitRow> closed = List.of();

    ImportJob(String id, String userId, String unitCode, String fileName, Instant startedAt, int tableRows) {
        this.id = id;
        this.userId = userId;
        this.unitCode = unitCode;
        this.fileName = fileName;
        this.startedAt = startedAt;
        this.tableRows = Math.max(0, tableRows);
    }

    public String id() {
        return id;
    }

    public String userId() {
        return userId;
    }

    public String unitCode() {
        return unitCode;
    }

    public synchronized boolean finished() {
        return state.finished();
    }

    public synchronized Instant finishedAt() {
        return finishedAt;
    }

    @Override
    public synchronized void read(int records) {
        this.records = records;
        // Next the importer loads the directory and validates the whole file against it.
        state = ImportJobState.VALIDATING;
    }

    @Override
    public synchronized void writing(int writes) {
        this.writes = writes;
        state = ImportJobState.WRITING;
    }

    @Override
    public synchronized void written(int done) {
        written = Math.max(written, done);
        percent = Math.max(percent, writes == 0 ? 100 : (int) (written * 100L / writes));
    }

    /** What the validated plan will write, for the report's tables (a bounded number of rows each). */
    synchronized void planned(ImportPlan plan) {
        created = plan.created().stream().limit(tableRows).map(ImportJobView.UnitRow::of).toList();
        List<ImportJobView.UnitRow> changes = new ArrayList<>();
        List<ImportJobView.UnitRow> closures = new ArrayList<>();
        for (ImportPlan.Change change : plan.changed()) {
            Unit unit = change.unit();
            // A closure is a change that gives the unit its end date; everything else is a rename, move or reopening.
            List<ImportJobView.UnitRow> table = unit.closed() ? closures : changes;
            if (table.size() < tableRows) {
                table.add(ImportJobView.UnitRow.of(unit));
            }
        }
        changed = List.copyOf(changes);
        closed = List.copyOf(closures);
    }

    @Override
    public synchronized void finished(ImportReport report) {
        this.report = report;
    }

    synchronized void done(ImportReport report, Instant at) {
        this.report = report;
        written = writes;
        percent = 100;
        state = ImportJobState.DONE;
        finishedAt = at;
    }

    synchronized void failed(Map<String, Object> problem, Instant at) {
        this.problem = problem;
        state = ImportJobState.FAILED;
        finishedAt = at;
    }

    public synchronized ImportJobView view() {
        return new ImportJobView(id, state, state.label(), fileName, records, writes, written, percent, startedAt, finishedAt,
                report, report == null ? null : created, report == null ? null : changed, report == null ? null : closed,
                problem);
    }
}
