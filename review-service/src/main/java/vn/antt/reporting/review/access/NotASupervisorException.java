package vn.antt.reporting.review.access;

import vn.antt.reporting.platform.security.AccessRefusedException;

/** The rule: only reviewers and administrators follow the cases of the units below them. */
public class NotASupervisorException extends AccessRefusedException {

    NotASupervisorException() {
        super("Only reviewers and administrators follow the cases of the units below them");
    }
}
