package vn.antt.reporting.aggregation.rollup;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.submission.ReportSubmitted;

/** Applies submission events to the units' contributions, idempotently and version-ordered. */
@Component
public class Contributions {

    private final MongoTemplate mongo;

    Contributions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Returns true when the event changed the contribution (a newer version), false when it was stale or a repeat. */
    public boolean apply(ReportSubmitted event) {
        String id = UnitContribution.idOf(event.planId(), event.unit().code());
        UnitContribution contribution = new UnitContribution(id, event.planId(), event.unit().code(),
                event.unit().name(), event.unit().kind(), event.unit().ancestry(), event.version(),
                event.submissionId(), event.submittedAt(), event.late(), event.figures());
        // Replace only an older version; when the stored one is the same or newer, the upsert's insert
        // collides with it on _id and nothing changes.
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(id).and("version").lt(event.version()));
        try {
            mongo.findAndReplace(olderOrAbsent, contribution, FindAndReplaceOptions.options().upsert());
            return true;
        } catch (DuplicateKeyException sameOrNewerStored) {
            return false;
        }
    }
}
