package vn.antt.reporting.planning.plan;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.antt.reporting.planning.unit.Administrators;
import vn.antt.reporting.platform.security.AccessRefusedException;
import vn.antt.reporting.platform.security.Caller;

/** What a caller may read of plans: a draft only by its issuing unit, an issued plan by every unit it concerns. */
@Service
public class PlanQueries {

    private final MongoTemplate mongo;
    private final PlanStore store;
    private final Administrators administrators;

    PlanQueries(MongoTemplate mongo, PlanStore store, Administrators administrators) {
        this.mongo = mongo;
        this.store = store;
        this.administrators = administrators;
    }

    /**
     * A plan the caller may read: a draft only by its issuing unit, an issued plan by every unit it concerns, each the
     * directory version it was on the plan's issue date (the caller's {@code unit_version}).
     */
    public Plan readable(String planId, Caller caller) {
        Plan plan = store.find(planId);
        boolean national = administrators.national(caller);
        if (plan.state() == PlanState.DRAFT) {
            if (!national && !caller.actsFor(plan.letter().issuingUnitCode())) {
                throw new PlanNotFoundException(planId);
            }
        } else if (!national && !plan.concernedUnits().contains(caller.unitVersion())) {
            throw new AccessRefusedException("Plan " + planId + " does not concern unit " + caller.unitCode());
        }
        return plan;
    }

    /** The plans that concern the caller's unit, newest first; drafts only for their issuing unit. */
    public List<Plan> list(Caller caller, PlanState state) {
        Criteria visible = administrators.national(caller) ? new Criteria() : new Criteria().orOperator(
                Criteria.where("issuingUnitCode").is(caller.unitCode()),
                new Criteria().andOperator(Criteria.where("concernedUnits").is(caller.unitVersion()),
                        Criteria.where("state").ne(PlanState.DRAFT)));
        Criteria criteria = state == null ? visible : new Criteria().andOperator(visible, Criteria.where("state").is(state));
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt"));
        query.fields().exclude("expectedUnits", "concernedUnits", "outbox", "audit");
        return mongo.find(query, Plan.class);
    }

    /** The audit of a plan: readable by its issuing unit (and national units). */
    public List<PlanAuditEntry> audit(String planId, Caller caller) {
        Plan plan = store.find(planId);
        if (!caller.actsFor(plan.letter().issuingUnitCode()) && !administrators.national(caller)) {
            throw new AccessRefusedException(
                    "The audit of plan " + planId + " is read by its issuing unit " + plan.letter().issuingUnitCode());
        }
        return plan.audit();
    }
}
