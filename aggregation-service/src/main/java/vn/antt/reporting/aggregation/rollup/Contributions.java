package vn.antt.reporting.aggregation.rollup;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.platform.readmodel.NewerWins;

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
        return NewerWins.save(mongo, contribution, id, "version", event.version());
    }
}
