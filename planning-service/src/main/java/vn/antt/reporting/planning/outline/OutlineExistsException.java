package vn.antt.reporting.planning.outline;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** A new outline may not take an id in use, and two writers may not both write the same next version. */
public class OutlineExistsException extends ProblemException {

    public OutlineExistsException(String outlineId, int version) {
        super(HttpStatus.CONFLICT, "outline-exists", "Đề cương đã tồn tại", "Outline " + outlineId + " already has a version "
                + version + (version == 1 ? "; write a new version of it instead" : "; another version was written at the same time, read it and retry"));
        with("outlineId", outlineId);
        with("version", version);
    }
}
