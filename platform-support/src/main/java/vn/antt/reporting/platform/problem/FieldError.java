package vn.antt.reporting.platform.problem;

/** One rejected field of a request, as listed in a problem's {@code errors} property. */
public record FieldError(String field, String message) {
}
