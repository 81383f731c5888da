package vn.antt.reporting.web.api;

import java.time.Instant;
import java.util.List;

/**
 * One expected unit on a node's status board, as aggregation-service answers it
 * ({@code GET /api/rollups/{planId}/nodes/{node}/units}).
 *
 * @param standing          NOT_SUBMITTED, SUBMITTED, AWAITING_NEXT_LEVEL, RETURNED, FINAL
 * @param deadline          the deadline that applies to it (extension, internal deadline or the plan's)
 * @param awaitingLevelKind the kind of the reviewing level that holds it (DISTRICT, PROVINCE), or null
 */
public record UnitStandingInfo(String code, String name, String kind, List<String> ancestry, Instant deadline,
                               String standing, Integer version, String submissionId, Instant submittedAt, boolean late,
                               boolean overdue, Integer awaitingLevel, String awaitingLevelKind) {

    public UnitStandingInfo {
        ancestry = ancestry == null ? List.of() : ancestry;
    }
}
