package vn.antt.reporting.contracts.aggregation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.Topics;

/**
 * Units still missing {@code escalatedAfter} past their deadline: the next level up (the supervisor's parent)
 * is told. Raised once per plan, supervisor and deadline; not raised when the supervisor is the top of the
 * hierarchy or nothing is missing any more.
 *
 * @param escalatedToUnitCode the supervisor's parent, who now hears about it
 */
@EventType(name = "overdue-escalated", version = 1, topic = Topics.DEADLINE_ALERTS)
public record OverdueEscalated(
        String alertId,
        String planId,
        String planNumber,
        String supervisorUnitCode,
        String supervisorName,
        String escalatedToUnitCode,
        String escalatedToName,
        Instant deadline,
        Duration escalatedAfter,
        List<MissingUnit> missingUnits,
        Instant raisedAt) implements DeadlineAlert {

    public OverdueEscalated {
        missingUnits = ImmutableLists.copyOrEmpty(missingUnits);
    }
}
