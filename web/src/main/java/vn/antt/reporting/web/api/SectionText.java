package vn.antt.reporting.web.api;


/** What a unit wrote under one section of the outline. */
public record SectionText(String number, String text) {
}
