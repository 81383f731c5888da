package vn.antt.reporting.planning.plan;

import java.time.Instant;

/**
 * One change of a plan, appended and never changed: who (user, unit), when, what, why, and the
 * revision it produced.
 */
public record PlanAuditEntry(long revision, Instant at, String userId, String unitCode, PlanAction action,
                             String reason, String detail) {
}
