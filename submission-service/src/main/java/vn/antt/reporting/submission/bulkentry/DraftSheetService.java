package vn.antt.reporting.submission.bulkentry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.submission.access.SubmissionAccess;
import vn.antt.reporting.submission.draft.Draft;
import vn.antt.reporting.submission.submission.SubmissionService;
import vn.antt.reporting.submission.submission.SubmitReportRequest.FigureInput;

/**
 * Bulk entry: a clerk of a district (or any unit with units below it in the plan) fills one row per
 * sub-unit and gets a draft per row, which each sub-unit then completes and submits. All or nothing: the
 * whole sheet is checked before any write; if a sub-unit's draft changes during the writes, the drafts
 * already written are put back as they were and the import is refused.
 */
@Service
record DraftSheetService(MongoTemplate mongo, SubmissionService submissions, SubmissionAccess access, Clock clock) {

    static final int MAX_ROWS = 5000;
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    public DraftSheetResult importSheet(Caller caller, String planId, MultipartFile file) {
        requireClerk(caller);
        PlanPublished plan = submissions.openPlan(planId);
        OutlinePublished outline = submissions.outlineOf(plan);
        DraftSheetReader.Result read;
        try (Workbook workbook = open(file)) {
            read = DraftSheetReader.read(workbook.getSheetAt(0), outline, MAX_ROWS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SheetCellError> errors = new ArrayList<>(read.errors());
        Map<String, ExpectedUnit> subUnits = subUnitsOf(plan, caller.unitCode());
        Map<String, Integer> rowOfUnit = new HashMap<>();
        List<Resolved> resolved = new ArrayList<>();
        for (DraftSheetReader.SheetRow row : read.rows()) {
            if (row.unitCode().isEmpty()) {
                continue;
            }
            Optional<ExpectedUnit> unit = resolve(row.unitCode(), subUnits);
            if (unit.isEmpty()) {
                errors.add(SheetCellError.at(row.rowIndex(), 0, "unitCode", "Đơn vị '" + row.unitCode()
                        + "' không phải đơn vị trực thuộc " + caller.unitCode() + " trong kế hoạch " + planId));
                continue;
            }
            Integer earlier = rowOfUnit.put(unit.get().code(), row.rowIndex());
            if (earlier != null) {
                errors.add(SheetCellError.at(row.rowIndex(), 0, "unitCode", "Đơn vị " + unit.get().code()
                        + " đã có ở dòng " + (earlier + 1)));
                continue;
            }
            resolved.add(new Resolved(row, unit.get().code()));
        }
        if (errors.isEmpty() && resolved.isEmpty()) {
            errors.add(SheetCellError.at(1, 0, "unitCode", "Bảng không có dòng đơn vị nào"));
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(SheetCellError::row).thenComparing(e -> e.column().length())
                    .thenComparing(SheetCellError::column));
            throw new InvalidDraftSheetException(errors);
        }
        return write(caller, planId, resolved);
    }

    private record Resolved(DraftSheetReader.SheetRow row, String unitCode) {
    }

    /** Writes each row's draft guarded by the revision read just before; on a conflict, puts back what was written. */
    private DraftSheetResult write(Caller caller, String planId, List<Resolved> rows) {
        Instant now = clock.instant();
        List<Draft> before = new ArrayList<>();
        List<Draft> written = new ArrayList<>();
        List<DraftSheetResult.ImportedDraft> imported = new ArrayList<>();
        // One read for all rows' current drafts; each write below is still guarded by the revision read here.
        Map<String, Draft> currentById = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(rows.stream().map(r -> Draft.idOf(planId, r.unitCode())).toList())),
                Draft.class).forEach(d -> currentById.put(d.id(), d));
        for (Resolved row : rows) {
            String id = Draft.idOf(planId, row.unitCode());
            Draft current = currentById.get(id);
            Draft next = current == null
                    ? new Draft(id, planId, row.unitCode(), 1, null, List.of(), row.row().figures(), now, caller.userId())
                    : new Draft(id, planId, row.unitCode(), current.revision() + 1, current.document(), current.sections(),
                            merged(current.figures(), row.row().figures()), now, caller.userId());
            if (!store(current, next)) {
                undo(before, written);
                throw new DraftSheetConflictException(planId, row.unitCode());
            }
            before.add(current);
            written.add(next);
            imported.add(new DraftSheetResult.ImportedDraft(row.row().rowIndex() + 1, row.unitCode(), next.revision(),
                    row.row().figures().size(), current == null));
        }
        return new DraftSheetResult(planId, imported.size(), imported);
    }

    private boolean store(Draft current, Draft next) {
        if (current == null) {
            try {
                mongo.insert(next);
                return true;
            } catch (DuplicateKeyException raced) {
                return false;
            }
        }
        return mongo.findAndReplace(Query.query(Criteria.where("_id").is(current.id()).and("revision").is(current.revision())),
                next) != null;
    }

    /** Puts back, newest first, each draft this import wrote, unless someone saved it since. */
    private void undo(List<Draft> before, List<Draft> written) {
        for (int i = written.size() - 1; i >= 0; i--) {
            Draft mine = written.get(i);
            Query stillMine = Query.query(Criteria.where("_id").is(mine.id()).and("revision").is(mine.revision()));
            if (before.get(i) == null) {
                mongo.remove(stillMine, Draft.class);
            } else {
                mongo.findAndReplace(stillMine, before.get(i));
            }
        }
    }

    /** The sheet's values replace those of the same indicators; the draft's other figures stay. */
    private static List<FigureInput> merged(List<FigureInput> existing, List<FigureInput> fromSheet) {
        Map<String, FigureInput> byIndicator = new LinkedHashMap<>();
        existing.forEach(f -> byIndicator.put(f.indicator(), f));
        fromSheet.forEach(f -> byIndicator.put(f.indicator(), f));
        return List.copyOf(byIndicator.values());
    }

    /** An empty sheet for the caller's sub-units in the plan ({@link DraftSheetTemplate}). */
    public byte[] template(Caller caller, String planId) {
        requireClerk(caller);
        PlanPublished plan = submissions.openPlan(planId);
        OutlinePublished outline = submissions.outlineOf(plan);
        return DraftSheetTemplate.write(outline, subUnitsOf(plan, caller.unitCode()).values());
    }

    /** The plan's expected units below the caller's unit (by the ancestry fixed when the plan was issued). */
    private static Map<String, ExpectedUnit> subUnitsOf(PlanPublished plan, String unitCode) {
        Map<String, ExpectedUnit> units = new LinkedHashMap<>();
        plan.expectedUnits().stream()
                .filter(u -> !u.code().equals(unitCode) && u.ancestry().contains(unitCode))
                .forEach(u -> units.put(u.code(), u));
        return units;
    }

    /** A code typed as a number loses its leading zeros in Excel ("01" becomes 1): match it padded. */
    private static Optional<ExpectedUnit> resolve(String code, Map<String, ExpectedUnit> subUnits) {
        if (subUnits.containsKey(code)) {
            return Optional.of(subUnits.get(code));
        }
        if (code.matches("\\d+")) {
            for (int width : new int[] {2, 3, 5}) {
                String padded = "0".repeat(Math.max(0, width - code.length())) + code;
                if (subUnits.containsKey(padded)) {
                    return Optional.of(subUnits.get(padded));
                }
            }
        }
        return Optional.empty();
    }

    private static Workbook open(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            byte[] head = in.readNBytes(ZIP.length);
            if (!java.util.Arrays.equals(head, ZIP)) {
                throw new SheetNotReadableException("is not an Excel workbook (.xlsx)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // POI's ZipSecureFile defaults (minimum inflate ratio, maximum entry size) refuse zip bombs while reading.
        try (InputStream in = file.getInputStream()) {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new SheetNotReadableException("cannot be read as an Excel workbook (.xlsx): " + e.getClass().getSimpleName());
        }
    }

    private void requireClerk(Caller caller) {
        access.requireClerk(caller);
    }
}
