package vn.antt.reporting.review.reviewcase;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** No review case for this plan and unit, or one the caller may not see. */
public class ReviewCaseNotFoundException extends ProblemException {

    public ReviewCaseNotFoundException(String planId, String unitCode) {
        super(HttpStatus.NOT_FOUND, "review-case-not-found", "Không tìm thấy hồ sơ xét duyệt",
                "No review case of unit " + unitCode + " for plan " + planId + " (nothing submitted yet, or not visible to the caller)");
        with("planId", planId);
        with("unitCode", unitCode);
    }
}
