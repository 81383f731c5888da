package vn.antt.reporting.submission.access;

import vn.antt.reporting.platform.security.AccessRefusedException;

/** The rule: drafts are entered in bulk by a clerk, for the units below their own. */
public class NotAClerkException extends AccessRefusedException {

    NotAClerkException(String unitCode) {
        super("Only a clerk may enter drafts for the units below " + unitCode);
    }
}
