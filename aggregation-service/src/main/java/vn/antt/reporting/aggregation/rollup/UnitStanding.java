package vn.antt.reporting.aggregation.rollup;

import java.time.Instant;
import java.util.List;

/**
 * One expected unit of a node's subtree on the status board: where its report stands and which deadline applies.
 *
 * @param ancestry          the unit's ancestors, the top first
 * @param deadline          its effective deadline (extension, else the nearest internal deadline, else the plan's)
 * @param standing          where its report stands
 * @param version           the version that counts now, or null
 * @param submissionId      that version's id (the report's page), or null
 * @param late              its first version came in after the deadline
 * @param overdue           nothing in and the deadline has passed
 * @param awaitingLevel     for a report a reviewer holds: the level it waits for (1 = first), else null
 * @param awaitingLevelKind that level's kind of unit (DISTRICT, PROVINCE), from the unit's review chain, or null
 */
public record UnitStanding(String code, String name, String kind, List<String> ancestry, Instant deadline,
                           ReportStanding standing, Integer version, String submissionId, Instant submittedAt,
                           boolean late, boolean overdue, Integer awaitingLevel, String awaitingLevelKind) {
}
