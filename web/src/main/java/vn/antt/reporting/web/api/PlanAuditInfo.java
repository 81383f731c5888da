package vn.antt.reporting.web.api;

import java.time.Instant;

/** One entry of a plan's audit trail: who (user, unit), when, what, why, and the revision it produced. */
public record PlanAuditInfo(long revision, Instant at, String userId, String unitCode, String action, String reason, String detail) {
}
