package vn.antt.reporting.contracts.review;

/**
 * A reviewer's note on one section or one indicator of a returned report.
 *
 * @param sectionNumber the section the note is about, or null
 * @param indicator     the indicator code the note is about, or null
 * @param note          what to fix, in Vietnamese
 */
public record ReturnNote(String sectionNumber, String indicator, String note) {
}
