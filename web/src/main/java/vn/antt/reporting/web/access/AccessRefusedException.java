package vn.antt.reporting.web.access;

/** The web application's own refusal, before any data is read: the page says "Không có quyền" and shows nothing else. */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String rule) {
        super(rule);
    }
}
