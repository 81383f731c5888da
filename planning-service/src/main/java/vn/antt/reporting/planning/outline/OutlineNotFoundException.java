package vn.antt.reporting.planning.outline;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** No outline (or no such version of it) exists. */
public class OutlineNotFoundException extends ProblemException {

    public OutlineNotFoundException(String outlineId, Integer version) {
        super(HttpStatus.NOT_FOUND, "outline-not-found", "Không tìm thấy đề cương",
                version == null ? "No outline has the id " + outlineId : "Outline " + outlineId + " has no version " + version);
        with("outlineId", outlineId);
        if (version != null) {
            with("version", version);
        }
    }
}
