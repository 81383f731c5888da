package vn.antt.reporting.planning.plan;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.mongodb.client.result.UpdateResult;

import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.platform.outbox.OutboxEvents;
import vn.antt.reporting.platform.outbox.PendingEvent;
import vn.antt.reporting.platform.security.Caller;

/**
 * Where plans are stored: a new draft inserted once, and every later change one guarded write of the plan's
 * document (at the version it was read at) with its audit entry and, once issued, its {@code PlanPublished} event in
 * the outbox.
 */
@Component
class PlanStore {

    static final String BINDING = "plans-out-0";
    private static final Set<String> WRITTEN_APART = Set.of("_id", "_class", "version", "revision", "audit", "outbox");

    private final MongoTemplate mongo;
    private final OutboxEvents events;
    private final Clock clock;

    PlanStore(MongoTemplate mongo, OutboxEvents events, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    Optional<Plan> findOptional(String planId) {
        return Optional.ofNullable(mongo.findById(planId, Plan.class));
    }

    Plan find(String planId) {
        return findOptional(planId).orElseThrow(() -> new PlanNotFoundException(planId));
    }

    /** Stores a new plan; its id must be free. */
    Plan insert(Plan plan) {
        try {
            return mongo.insert(plan);
        } catch (DuplicateKeyException e) {
            throw new PlanExistsException(plan.planId());
        }
    }

    /**
     * Stores {@code after} if the plan is still at the version {@code before} was read at, appending the audit
     * entry and, when {@code publish}, the event of the next revision: one atomic update of one document.
     */
    Plan write(Plan before, Plan after, PlanAction action, String reason, String detail, Caller caller, boolean publish) {
        long revision = publish ? before.revision() + 1 : before.revision();
        Document current = new Document();
        mongo.getConverter().write(before, current);
        Document next = new Document();
        mongo.getConverter().write(after, next);
        Update update = new Update();
        next.forEach((field, value) -> {
            if (!WRITTEN_APART.contains(field)) {
                update.set(field, value);
            }
        });
        current.keySet().stream().filter(field -> !WRITTEN_APART.contains(field) && !next.containsKey(field)).forEach(update::unset);
        update.set("revision", revision).inc("version", 1);
        update.push("audit", new PlanAuditEntry(revision, clock.instant(), caller.userId(), caller.unitCode(), action, reason, detail));
        if (publish) {
            PlanPublished event = withRevision(after.toEvent(), revision);
            PendingEvent pending = events.pending(BINDING, event);
            long bytes = pending.payload().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > Topics.PLAN_EVENT_MAX_BYTES) {
                // Refused now, with the rule: stored, the relay would retry it for ever against the topic's limit.
                throw new PlanEventTooLargeException(before.planId(), event.expectedUnits().size(), bytes);
            }
            update.push("outbox", pending);
        }
        UpdateResult result = mongo.updateFirst(Query.query(Criteria.where("_id").is(before.planId()).and("version").is(before.version())),
                update, Plan.class);
        if (result.getModifiedCount() == 0) {
            throw new PlanChangedConcurrentlyException(before.planId());
        }
        return find(before.planId());
    }

    private static PlanPublished withRevision(PlanPublished e, long revision) {
        return new PlanPublished(e.planId(), revision, e.letter(), e.milestones(), e.status(), e.lockAtDeadline(), e.outlineId(),
                e.outlineVersion(), e.comparisonPlanId(), e.expectedUnits(), e.reviewChains(), e.reviewTime(), e.returnToSubmitter(),
                e.unitDeadlines(), e.groups());
    }
}
