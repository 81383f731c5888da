package vn.antt.reporting.planning.unit;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** No import job has this id, or it finished long enough ago to be forgotten. */
public class ImportJobNotFoundException extends ProblemException {

    public ImportJobNotFoundException(String id) {
        super(HttpStatus.NOT_FOUND, "unit-import-job-not-found", "Không tìm thấy lượt nhập danh mục",
                "No import job " + id + " is known (finished jobs are kept for a limited time)");
        with("job", id);
    }
}
