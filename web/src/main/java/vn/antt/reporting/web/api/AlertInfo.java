package vn.antt.reporting.web.api;

import java.time.Instant;
import java.util.List;

/**
 * A deadline alert raised for a plan, as aggregation-service answers it ({@code GET /api/alerts?planId=}).
 *
 * @param kind REMINDER (before the deadline), OVERDUE (at the cutoff), ESCALATION (to the level above, later)
 */
public record AlertInfo(String alertId, String kind, String supervisorUnitCode, String recipientUnitCode, Instant deadline,
                        Instant dueAt, Instant raisedAt, List<Missing> missingUnits) {

    public AlertInfo {
        missingUnits = missingUnits == null ? List.of() : missingUnits;
    }

    public record Missing(String code, String name, String kind) {
    }
}
