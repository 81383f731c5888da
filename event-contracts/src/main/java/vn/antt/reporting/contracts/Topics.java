package vn.antt.reporting.contracts;

/**
 * Every Kafka topic of the platform, with its key and owner. The AsyncAPI document
 * ({@code event-contracts/asyncapi.yaml}) describes the same topics for newcomers.
 */
public final class Topics {

    /** Owner: submission-service. Key: {@code planId:unitCode}. ReportSubmitted, ReportWithdrawn. */
    public static final String SUBMISSION_EVENTS = "submission-events";

    /** Owner: review-service. Key: {@code planId:unitCode}. ReportAccepted, ReportReturned, ReportFinalized, ReviewOverdue. */
    public static final String REVIEW_EVENTS = "review-events";

    /**
     * Owner: aggregation-service. Key {@code planId:supervisorUnitCode}. DeadlineApproaching, ReportOverdue,
     * OverdueEscalated; each raised once (deterministic {@code alertId}).
     */
    public static final String DEADLINE_ALERTS = "deadline-alerts";

    /** Owner: planning-service (unit directory). Key: unit code. Compacted: the latest state per unit. */
    public static final String UNIT_DIRECTORY = "unit-directory";

    /** Owner: planning-service. Key: plan id. Compacted: the whole current state of every plan (PlanPublished). */
    public static final String PLANS = "plans";

    /** Owner: planning-service. Key: {@code outlineId:version}. Compacted: every outline version (OutlinePublished). */
    public static final String OUTLINES = "outlines";

    private Topics() {
    }
}
