package vn.antt.reporting.contracts.aggregation;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.Topics;

/**
 * The cutoff passed: these units under the supervisor have no report in. One alert per supervisor lists all
 * its missing units (a district gets one alert naming its 7 communes, not 7 alerts). Raised once per plan,
 * supervisor and deadline, at the cutoff (for plan 119/KH-UBND: 10/6/2025 00:00 +07:00), or at the service's
 * next start if it was down then.
 */
@EventType(name = "report-overdue", version = 1, topic = Topics.DEADLINE_ALERTS)
public record ReportOverdue(
        String alertId,
        String planId,
        String planNumber,
        String supervisorUnitCode,
        String supervisorName,
        Instant deadline,
        List<MissingUnit> missingUnits,
        Instant raisedAt) implements DeadlineAlert {

    public ReportOverdue {
        missingUnits = ImmutableLists.copyOrEmpty(missingUnits);
    }
}
