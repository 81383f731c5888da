package vn.antt.reporting.planning.unit;

/**
 * A name of the merger map's {@code predecessors} text that the import could not link to one pre-reform unit; it is
 * listed, never guessed.
 *
 * @param unit        code of the new unit whose text it is
 * @param path        where the unit is in the file
 * @param predecessor the name as the text writes it (null when the unit has no text)
 * @param reason      {@code not-found}, {@code ambiguous}, {@code no-text} or {@code province-unresolved}, with the detail
 */
public record UnresolvedPredecessor(String unit, String path, String predecessor, String reason) {
}
