package vn.antt.reporting.notification.message;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.PlanStatus;

/**
 * What people were last told of each plan: the revision, whether it was issued, and each expected unit's deadline, so
 * that a new revision tells only what changed (a plan issued, a unit's new deadline). Written after the revision's
 * deliveries, so a crash in between plans the same deliveries again (same ids: nothing twice).
 */
@Component
class PlanHistory {

    private final MongoTemplate mongo;

    PlanHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param deadlines each expected unit's effective deadline at that revision */
    @Document("plan_notices")
    record PlanSeen(@Id String planId, long revision, PlanStatus status, Map<String, Instant> deadlines) {

        PlanSeen {
            deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
        }

        static PlanSeen of(PlanPublished plan) {
            Map<String, Instant> deadlines = new LinkedHashMap<>();
            for (ExpectedUnit unit : plan.expectedUnits()) {
                deadlines.put(unit.code(), plan.effectiveDeadline(unit.code(), unit.ancestry()));
            }
            return new PlanSeen(plan.planId(), plan.revision(), plan.status(), deadlines);
        }
    }

    Optional<PlanSeen> find(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PlanSeen.class));
    }

    /** Remembers {@code plan} unless a later revision was remembered already. */
    void remember(PlanPublished plan) {
        PlanSeen seen = PlanSeen.of(plan);
        Query older = Query.query(Criteria.where("_id").is(plan.planId()).and("revision").lt(plan.revision()));
        Update update = new Update().set("revision", seen.revision()).set("status", seen.status()).set("deadlines", seen.deadlines());
        if (mongo.updateFirst(older, update, PlanSeen.class).getMatchedCount() == 0 && find(plan.planId()).isEmpty()) {
            try {
                mongo.insert(seen);
            } catch (org.springframework.dao.DuplicateKeyException rememberedMeanwhile) {
                remember(plan);
            }
        }
    }
}
