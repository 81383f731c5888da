package vn.antt.reporting.web.api;

/** One rejected field of a service's problem details ({@code errors[]}), or a warning attached to a field. */
public record FieldMessage(String field, String message) {
}
