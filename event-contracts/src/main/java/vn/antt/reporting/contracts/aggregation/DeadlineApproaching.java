package vn.antt.reporting.contracts.aggregation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.Topics;

/**
 * A reminder: {@code remindBefore} before the deadline, these units under the supervisor have not submitted
 * yet. Raised once per plan, supervisor, deadline and offset (e.g. 3 days and 1 day before), never after the
 * deadline has passed.
 *
 * @param missingUnits the units that have not submitted yet (none: no reminder is raised)
 */
@EventType(name = "deadline-approaching", version = 1, topic = Topics.DEADLINE_ALERTS)
public record DeadlineApproaching(
        String alertId,
        String planId,
        String planNumber,
        String supervisorUnitCode,
        String supervisorName,
        Instant deadline,
        Duration remindBefore,
        List<MissingUnit> missingUnits,
        Instant raisedAt) implements DeadlineAlert {

    public DeadlineApproaching {
        missingUnits = ImmutableLists.copyOrEmpty(missingUnits);
    }
}
