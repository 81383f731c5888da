package vn.antt.reporting.aggregation.rollup;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.ReportWithdrawn;
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
                event.submissionId(), event.submittedAt(), event.late(), event.figures(), false,
                UnitContribution.order(event.version(), false));
        return NewerWins.save(mongo, contribution, id, "order", contribution.order());
    }

    /** A withdrawn version stops counting, unless a later version is known already. */
    public boolean apply(ReportWithdrawn event) {
        String id = UnitContribution.idOf(event.planId(), event.unit().code());
        UnitContribution withdrawn = new UnitContribution(id, event.planId(), event.unit().code(), event.unit().name(),
                event.unit().kind(), event.unit().ancestry(), event.version(), event.submissionId(), null, false, List.of(),
                true, UnitContribution.order(event.version(), true));
        return NewerWins.save(mongo, withdrawn, id, "order", withdrawn.order());
    }
}
