package vn.antt.reporting.submission.draft;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import com.mongodb.client.result.UpdateResult;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.text.Nfc;
import vn.antt.reporting.submission.access.SubmissionAccess;
import vn.antt.reporting.submission.submission.SectionText;
import vn.antt.reporting.submission.submission.SubmissionInvalidException;
import vn.antt.reporting.submission.submission.SubmissionService;
import vn.antt.reporting.submission.submission.SubmissionValidator;
import vn.antt.reporting.submission.submission.SubmitReportRequest;
import vn.antt.reporting.submission.submission.SubmitResult;
import vn.antt.reporting.submission.submission.UnitNotExpectedException;
import vn.antt.reporting.submission.submission.UnknownPlanException;

/** A unit's drafts: saved partial, checked on read, submitted as the next version. */
@Service
record DraftService(MongoTemplate mongo, Plans plans, SubmissionService submissions, SubmissionAccess access, Clock clock) {

    private static final String WORK_ON_DRAFTS = "work on its drafts";

    /**
     * Which expected units under {@code node} (itself included) have a draft of their report for the plan, for a status
     * board's "bản nháp": who may see the units' reports may see that they are being written, never the drafts' content.
     */
    public List<DraftPresence> presentUnder(Caller caller, String planId, String node) {
        PlanPublished plan = plans.find(planId).orElseThrow(() -> new UnknownPlanException(planId));
        submissions.requireMaySee(caller, plan, node);
        Set<String> under = plan.expectedUnits().stream()
                .filter(unit -> unit.code().equals(node) || unit.ancestry().contains(node))
                .map(ExpectedUnit::code).collect(Collectors.toSet());
        Query query = Query.query(Criteria.where("planId").is(planId));
        query.fields().include("unitCode", "revision", "savedAt");
        return mongo.find(query, Draft.class).stream().filter(draft -> under.contains(draft.unitCode()))
                .map(draft -> new DraftPresence(draft.unitCode(), draft.revision(), draft.savedAt())).toList();
    }

    /** Saves the whole draft as given, if it is still at {@code baseRevision} (0: there is none yet). */
    public Draft save(Caller caller, String planId, String unitCode, DraftRequest request) {
        requireClerkOf(caller, planId, unitCode);
        openPlanExpecting(planId, unitCode);
        List<SectionText> sections = request.sections() == null ? List.of()
                : request.sections().stream().map(s -> new SectionText(s.number(), Nfc.of(s.text()))).toList();
        String id = Draft.idOf(planId, unitCode);
        long base = request.baseRevision();
        Draft draft = new Draft(id, planId, unitCode, base + 1, request.document(), sections, request.figures(), clock.instant(),
                caller.userId());
        if (base == 0) {
            try {
                return mongo.insert(draft);
            } catch (DuplicateKeyException exists) {
                throw new DraftChangedException(planId, unitCode, base, current(id));
            }
        }
        Update update = new Update().set("revision", base + 1).set("document", request.document()).set("sections", sections)
                .set("figures", draft.figures()).set("savedAt", draft.savedAt()).set("savedBy", draft.savedBy());
        UpdateResult result = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("revision").is(base)), update, Draft.class);
        if (result.getModifiedCount() == 0) {
            throw new DraftChangedException(planId, unitCode, base, current(id));
        }
        return mongo.findById(id, Draft.class);
    }

    /** The draft with what a submit would meet now. */
    public DraftView read(Caller caller, String planId, String unitCode) {
        PlanPublished plan = requireClerkOf(caller, planId, unitCode).orElse(null);
        Draft draft = find(planId, unitCode);
        if (plan == null) {
            throw new UnknownPlanException(planId);
        }
        OutlinePublished outline = plans.outlineOf(plan).orElse(null);
        if (outline == null) {
            return new DraftView(draft, List.of(), List.of());
        }
        SubmissionValidator.Result check = SubmissionValidator.validate(outline, draft.sections(), figures(draft));
        List<FieldError> errors = new java.util.ArrayList<>(check.errors());
        if (draft.document() == null) {
            errors.add(0, new FieldError("document", "the official document's number and date are needed to submit"));
        }
        return new DraftView(draft, errors, check.warnings());
    }

    public void delete(Caller caller, String planId, String unitCode) {
        requireClerkOf(caller, planId, unitCode);
        if (mongo.remove(Query.query(Criteria.where("_id").is(Draft.idOf(planId, unitCode))), Draft.class).getDeletedCount() == 0) {
            throw new DraftNotFoundException(planId, unitCode);
        }
    }

    /** Submits the draft as the unit's next version, with every check of a submit, then removes the draft. */
    public SubmitResult submit(Caller caller, String planId, String unitCode, String idempotencyKey) {
        requireClerkOf(caller, planId, unitCode);
        Draft draft = find(planId, unitCode);
        if (draft.document() == null) {
            throw new SubmissionInvalidException(List.of(new FieldError("document", "the official document's number and date are needed to submit")));
        }
        SubmitResult result = submissions.submit(caller, new SubmitReportRequest(planId, unitCode, draft.document(), draft.sections(),
                draft.figures()), idempotencyKey);
        mongo.remove(Query.query(Criteria.where("_id").is(draft.id()).and("revision").is(draft.revision())), Draft.class);
        return result;
    }

    private Draft find(String planId, String unitCode) {
        Draft draft = mongo.findById(Draft.idOf(planId, unitCode), Draft.class);
        if (draft == null) {
            throw new DraftNotFoundException(planId, unitCode);
        }
        return draft;
    }

    private long current(String id) {
        Draft stored = mongo.findById(id, Draft.class);
        return stored == null ? 0 : stored.revision();
    }

    private void openPlanExpecting(String planId, String unitCode) {
        if (Plans.expected(submissions.openPlan(planId), unitCode).isEmpty()) {
            throw new UnitNotExpectedException(planId, unitCode);
        }
    }

    /** A clerk of the unit, of the version the plan expects (the code's first version when it expects none). */
    private Optional<PlanPublished> requireClerkOf(Caller caller, String planId, String unitCode) {
        access.requireClerkOf(caller, unitCode, WORK_ON_DRAFTS);
        // The plan read once per call: the caller reuses it (read) rather than reading it again.
        Optional<PlanPublished> plan = plans.find(planId);
        String versionKey = plan.flatMap(p -> Plans.expected(p, unitCode)).map(ExpectedUnit::key).orElse(null);
        access.requireClerkOf(caller, unitCode, versionKey, WORK_ON_DRAFTS);
        return plan;
    }

    private static List<FigureValue> figures(Draft draft) {
        return draft.figures().stream().map(SubmitReportRequest.FigureInput::toValue).toList();
    }
}
