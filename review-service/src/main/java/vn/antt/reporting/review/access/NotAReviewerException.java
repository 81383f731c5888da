package vn.antt.reporting.review.access;

import vn.antt.reporting.platform.security.AccessRefusedException;

/** The rule: only a reviewer has a worklist. */
public class NotAReviewerException extends AccessRefusedException {

    NotAReviewerException() {
        super("Only a REVIEWER has a worklist");
    }
}
