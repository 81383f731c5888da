package vn.antt.reporting.submission.submission;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

class SubmissionNotFoundException extends ProblemException {

    SubmissionNotFoundException(String id) {
        super(HttpStatus.NOT_FOUND, "submission-not-found", "Không tìm thấy báo cáo", "No submission " + id);
    }
}
