package vn.antt.reporting.submission.bulkentry;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** A sub-unit's draft changed while the sheet was imported: the drafts already written were put back. */
public class DraftSheetConflictException extends ProblemException {

    public DraftSheetConflictException(String planId, String unitCode) {
        super(HttpStatus.CONFLICT, "draft-sheet-conflict", "Bản nháp của đơn vị vừa thay đổi",
                "The draft of unit " + unitCode + " for plan " + planId
                        + " changed during the import; nothing of the sheet was kept, upload it again");
        with("planId", planId);
        with("unitCode", unitCode);
    }
}
