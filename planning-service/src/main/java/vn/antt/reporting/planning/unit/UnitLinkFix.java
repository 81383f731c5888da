package vn.antt.reporting.planning.unit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The audit record of one hand fix of a unit's predecessor links: never changed nor deleted.
 *
 * @param successorKey the version key of the new unit whose links were set
 * @param userId       who made the change
 * @param unitCode     the unit the administrator acted for
 * @param at           when (shown in Vietnam's time, +07:00)
 * @param before       the predecessors' version keys before the change, in code order
 * @param after        the predecessors' version keys after it
 * @param reason       why (required)
 */
@Document(UnitLinkFix.COLLECTION)
public record UnitLinkFix(@Id String id, @Indexed String successorKey, String successorCode, String userId, String unitCode,
                          Instant at, List<String> before, List<String> after, String reason) {

    public static final String COLLECTION = "unit_link_fixes";
}
