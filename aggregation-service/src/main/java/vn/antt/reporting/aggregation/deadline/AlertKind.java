package vn.antt.reporting.aggregation.deadline;

/** The three alerts of a deadline, in the order they come. */
public enum AlertKind {
    /** Before the deadline, at each configured offset: DeadlineApproaching. */
    REMINDER,
    /** At the cutoff: ReportOverdue. */
    OVERDUE,
    /** A configured delay after the cutoff, to the next level up: OverdueEscalated. */
    ESCALATION
}
