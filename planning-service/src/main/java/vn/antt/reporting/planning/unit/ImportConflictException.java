package vn.antt.reporting.planning.unit;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/**
 * Another import runs, or changed units while this one was writing. An import can be run again
 * safely: what is already stored counts as unchanged.
 */
public class ImportConflictException extends ProblemException {

    public ImportConflictException(String detail) {
        super(HttpStatus.CONFLICT, "unit-import-conflict", "Danh mục đơn vị đang được cập nhật", detail);
    }
}
