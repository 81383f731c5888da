package vn.antt.reporting.aggregation.deadline;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.contracts.aggregation.MissingUnit;
import vn.antt.reporting.platform.outbox.PendingEvent;

/**
 * An alert that was raised. Its id is the slot's deterministic alert id: inserting it is what raises the alert,
 * so a second insert (a restart, another instance) fails and raises nothing. The event waits in {@code outbox},
 * written with the record, for the relay.
 *
 * @param recipientUnitCode the supervisor, or for an escalation the level above it
 */
@Document(RaisedAlert.COLLECTION)
public record RaisedAlert(
        @Id String id,
        @Indexed String planId,
        AlertKind kind,
        String supervisorUnitCode,
        String recipientUnitCode,
        Instant deadline,
        Instant dueAt,
        Instant raisedAt,
        List<MissingUnit> missingUnits,
        List<PendingEvent> outbox) {

    public static final String COLLECTION = "deadline_alerts";
}
