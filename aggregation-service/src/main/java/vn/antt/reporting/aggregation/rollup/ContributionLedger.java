package vn.antt.reporting.aggregation.rollup;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.review.ReportAccepted;
import vn.antt.reporting.contracts.review.ReportFinalized;
import vn.antt.reporting.contracts.review.ReportReturned;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.ReportWithdrawn;
import vn.antt.reporting.contracts.submission.VersionEvent;

/**
 * Records what submission and review events say about a version, as one atomic upsert per event that only
 * adds facts ($set of values fixed per version, $addToSet): commutative and idempotent, so the live roll-ups
 * and a rebuild from the log agree whatever the order or the repeats. Writes to the live collection, or to a
 * rebuild's own collection.
 */
@Component
public class ContributionLedger {

    private final MongoTemplate mongo;

    ContributionLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return whether the event concerns the roll-ups (false for events it ignores) */
    public boolean apply(DomainEvent event) {
        return apply(event, Contribution.COLLECTION);
    }

    public boolean apply(DomainEvent event, String collection) {
        if (!(event instanceof VersionEvent versionEvent)) {
            return false;
        }
        String v = "versions." + Contribution.versionKey(versionEvent.version()) + ".";
        Update update = new Update()
                .set("planId", versionEvent.planId())
                .set("unitCode", versionEvent.unit().code())
                .set(v + "version", versionEvent.version())
                .set(v + "submissionId", versionEvent.submissionId());
        if (event instanceof ReportSubmitted submitted) {
            update.set(v + "submittedAt", submitted.submittedAt())
                    .set(v + "late", submitted.late())
                    .set(v + "figures", submitted.figures())
                    .set(v + "submitted", true);
        } else if (event instanceof ReportWithdrawn) {
            update.set(v + "withdrawn", true);
        } else if (event instanceof ReportAccepted accepted) {
            update.addToSet(v + "acceptedBy", accepted.levelUnitCode()).addToSet(v + "acceptedLevels", accepted.level());
            if (accepted.finalAcceptance()) {
                update.set(v + "finalized", true);
            }
        } else if (event instanceof ReportReturned) {
            update.set(v + "returned", true);
        } else if (event instanceof ReportFinalized) {
            update.set(v + "finalized", true);
        } else {
            // ReviewOverdue and later event types say nothing about what a unit reported.
            return false;
        }
        Query byId = Query.query(Criteria.where("_id").is(Contribution.idOf(versionEvent.planId(), versionEvent.unit().code())));
        try {
            mongo.upsert(byId, update, Contribution.class, collection);
        } catch (DuplicateKeyException raced) {
            // Two first events of one unit upserted at once (one per topic); the document exists now.
            mongo.upsert(byId, update, Contribution.class, collection);
        }
        return true;
    }
}
