package vn.antt.reporting.planning.unit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit of the two-level tree formed (wholly or in part) from a pre-reform unit, as the merger map's
 * {@code predecessors} text names it. A pre-reform unit split between several new ones ("phần còn lại …") has one link
 * to each.
 *
 * @param id             {@code successorKey<predecessorKey}: the same file links the same pair once
 * @param successorKey   the version key of the new unit
 * @param predecessorKey the version key of the pre-reform unit (valid the day before the reform)
 * @param partial        the text marks the predecessor as split ("phần còn lại sau khi sáp nhập vào …")
 * @param text           the part of the text that named it
 */
@Document(UnitLink.COLLECTION)
public record UnitLink(@Id String id, @Indexed String successorKey, String successorCode, @Indexed String predecessorKey,
                       String predecessorCode, boolean partial, String text) {

    public static final String COLLECTION = "unit_links";

    static UnitLink of(Unit successor, Unit predecessor, boolean partial, String text) {
        return new UnitLink(successor.key() + "<" + predecessor.key(), successor.key(), successor.code(), predecessor.key(),
                predecessor.code(), partial, text);
    }
}
