package vn.antt.reporting.contracts.submission;

/**
 * What a unit wrote under one section of the plan's outline.
 *
 * @param number the outline section's number, e.g. "II.2.1"
 * @param text   the narrative, Unicode NFC
 */
public record ReportSection(String number, String text) {
}
