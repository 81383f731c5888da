package vn.antt.reporting.planning.unit;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The import file breaks one or more rules; nothing of it was stored. The problem lists every error. */
public class InvalidUnitImportException extends ProblemException {

    private static final int ERRORS_IN_DETAIL = 5;

    private final List<ImportError> errors;

    public InvalidUnitImportException(List<ImportError> errors) {
        super(HttpStatus.BAD_REQUEST, "invalid-unit-import", "Tệp danh mục đơn vị không hợp lệ", detail(errors));
        this.errors = List.copyOf(errors);
        with("errors", this.errors);
    }

    public List<ImportError> errors() {
        return errors;
    }

    private static String detail(List<ImportError> errors) {
        String first = errors.stream().limit(ERRORS_IN_DETAIL)
                .map(e -> e.record() + ": " + e.message())
                .collect(Collectors.joining("; "));
        String more = errors.size() > ERRORS_IN_DETAIL ? "; and " + (errors.size() - ERRORS_IN_DETAIL) + " more" : "";
        return "The file was refused and nothing was stored (" + errors.size() + " error"
                + (errors.size() == 1 ? "" : "s") + "): " + first + more;
    }
}
