package vn.antt.reporting.submission.submission;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The unit is not among the units the plan fixed when it was issued. */
public class UnitNotExpectedException extends ProblemException {

    public UnitNotExpectedException(String planId, String unitCode) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "unit-not-expected", "Đơn vị không thuộc đối tượng báo cáo của kế hoạch",
                "Unit " + unitCode + " is not expected to report under plan " + planId);
        with("field", "unitCode");
    }
}
