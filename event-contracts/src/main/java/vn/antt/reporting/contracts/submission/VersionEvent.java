package vn.antt.reporting.contracts.submission;

import vn.antt.reporting.contracts.DomainEvent;

/**
 * An event about one version of a unit's report for a plan (submitted, withdrawn, accepted, returned…).
 * All of them share one key, {@code planId:unitCode}, so every event of one unit's report keeps its order
 * across the submission and review topics' partitions; their subject is the version's submission id.
 */
public interface VersionEvent extends DomainEvent {

    String planId();

    UnitRef unit();

    String submissionId();

    int version();

    @Override
    default String partitionKey() {
        return planId() + ":" + unit().code();
    }

    @Override
    default String subject() {
        return submissionId();
    }
}
