package vn.antt.reporting.platform.plans;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.PlanStatus;
import vn.antt.reporting.platform.cache.ReadCache;
import vn.antt.reporting.platform.readmodel.NewerWins;

/**
 * A service's read model of the plans, kept from the compacted {@code plans} topic: the highest revision
 * of each plan wins, so redelivered and out-of-order records change nothing.
 */
public class Plans {

    private final MongoTemplate mongo;
    private final Outlines outlines;
    private final Map<String, PlanPublished> decoded = new ConcurrentHashMap<>();
    /** The stored revision per plan: read once per plan and TTL, not once per submission (issue 21). */
    private final ReadCache<String, Long> revisions;

    public Plans(MongoTemplate mongo, Outlines outlines) {
        this(mongo, outlines, ReadCache.none());
    }

    public Plans(MongoTemplate mongo, Outlines outlines, ReadCache<String, Long> revisions) {
        this.mongo = mongo;
        this.outlines = outlines;
        this.revisions = revisions;
    }

    /** @return whether this revision was newer than the stored one */
    public boolean apply(PlanPublished plan) {
        boolean newer = NewerWins.save(mongo, new PlanRecord(plan.planId(), plan.revision(), plan), plan.planId(), "revision",
                plan.revision());
        // Even when not newer: another instance may have stored it first, this one's cached revision is older then.
        revisions.invalidate(plan.planId());
        return newer;
    }

    /**
     * The plan's current revision. A nation-wide plan carries 10.047 expected units (about 1 MB): decoding it for every
     * submission ran a service out of memory under load (the benchmark). The stored revision is read each time (a
     * small query, cached: a plan event consumed here invalidates it at once, one consumed by another instance is seen
     * within the cache's TTL), the decoded plan only when the revision changed, so an amendment or a close applies at once.
     */
    public Optional<PlanPublished> find(String planId) {
        Long cachedRevision = revisions.get(planId, this::storedRevision);
        if (cachedRevision == null) {
            return Optional.empty();
        }
        long revision = cachedRevision;
        // One decode per plan and revision, even when many requests miss at once (each decode holds megabytes).
        PlanPublished plan = decoded.compute(planId, (id, cached) -> cached != null && cached.revision() >= revision ? cached
                : Optional.ofNullable(mongo.findById(planId, PlanRecord.class)).map(PlanRecord::plan).orElse(null));
        return Optional.ofNullable(plan);
    }

    private Long storedRevision(String planId) {
        Query revisionOnly = Query.query(Criteria.where("_id").is(planId));
        revisionOnly.fields().include("revision");
        Document stored = mongo.findOne(revisionOnly, Document.class, PlanRecord.COLLECTION);
        return stored == null ? null : ((Number) stored.get("revision")).longValue();
    }

    /** The outline version the plan's reports follow, once this service has read it from the {@code outlines} topic. */
    public Optional<OutlinePublished> outlineOf(PlanPublished plan) {
        return outlines.find(plan.outlineId(), plan.outlineVersion());
    }

    /** Every known plan in {@code status}, e.g. the issued ones whose deadlines are watched. */
    public List<PlanPublished> withStatus(PlanStatus status) {
        return mongo.find(Query.query(Criteria.where("plan.status").is(status.name())), PlanRecord.class).stream()
                .map(PlanRecord::plan).toList();
    }

    public static Optional<ExpectedUnit> expected(PlanPublished plan, String unitCode) {
        return plan.expectedUnits().stream().filter(u -> u.code().equals(unitCode)).findFirst();
    }

    /** The deadline that applies to a unit, as the plan's publisher defines it. */
    public static Instant effectiveDeadline(PlanPublished plan, String unitCode, List<String> ancestry) {
        return plan.effectiveDeadline(unitCode, ancestry);
    }
}
