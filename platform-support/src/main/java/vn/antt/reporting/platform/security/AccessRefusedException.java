package vn.antt.reporting.platform.security;

import org.springframework.http.HttpStatus;

import vn.antt.reporting.platform.problem.ProblemException;

/** The caller's unit or role does not allow the action; the message names the rule. */
public class AccessRefusedException extends ProblemException {

    public AccessRefusedException(String message) {
        super(HttpStatus.FORBIDDEN, "access-refused", "Không có quyền thực hiện", message);
    }
}
