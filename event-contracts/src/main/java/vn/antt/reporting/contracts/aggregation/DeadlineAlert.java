package vn.antt.reporting.contracts.aggregation;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.DomainEvent;

/**
 * What every deadline alert of aggregation-service says: for one plan and one deadline, which units under one
 * supervising unit still owe their report. Raised exactly once per {@code alertId} (a deterministic id: plan,
 * kind of alert, supervisor, deadline, offset), so a consumer may also deduplicate on it. Keyed by
 * {@code planId:supervisorUnitCode}: the alerts of one supervisor keep their order.
 */
public interface DeadlineAlert extends DomainEvent {

    String alertId();

    String planId();

    /** Number and symbol of the plan, e.g. "119/KH-UBND", for the message. */
    String planNumber();

    /** The level whose sub-units are missing: the direct parent of each missing unit. */
    String supervisorUnitCode();

    String supervisorName();

    /** The effective deadline of the missing units (the plan's, an internal one, or an extension). */
    Instant deadline();

    List<MissingUnit> missingUnits();

    Instant raisedAt();

    @Override
    default String partitionKey() {
        return planId() + ":" + supervisorUnitCode();
    }

    @Override
    default String subject() {
        return alertId();
    }
}
