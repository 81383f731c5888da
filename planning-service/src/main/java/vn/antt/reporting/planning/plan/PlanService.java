package vn.antt.reporting.planning.plan;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import com.mongodb.client.result.UpdateResult;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.contracts.planning.UnitDeadline;
import vn.antt.reporting.contracts.planning.UnitGroup;
import vn.antt.reporting.planning.unit.Administrators;
import vn.antt.reporting.planning.unit.Unit;
import vn.antt.reporting.planning.unit.UnitDirectoryProperties;
import vn.antt.reporting.planning.unit.UnitKind;
import vn.antt.reporting.planning.unit.UnitQueries;
import vn.antt.reporting.platform.outbox.OutboxEvents;
import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.security.AccessRefusedException;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.text.Nfc;
import vn.antt.reporting.platform.time.PlatformTime;

/**
 * The life of a plan: drafted and edited by its issuing province, issued (its expected units fixed on
 * the issue date), amended with a reason, given internal deadlines and extensions by the levels in
 * between, closed. Each change is one guarded write of the plan's document with its audit entry and,
 * once issued, its {@code PlanPublished} event.
 */
@Service
public class PlanService {

    public static final String BINDING = "plans-out-0";
    private static final Set<String> WRITTEN_APART = Set.of("_id", "_class", "version", "revision", "audit", "outbox");

    private final MongoTemplate mongo;
    private final PlanValidator validator;
    private final UnitQueries units;
    private final Administrators administrators;
    private final OutboxEvents events;
    private final Clock clock;

    public PlanService(MongoTemplate mongo, PlanValidator validator, UnitQueries units, Administrators administrators,
                       OutboxEvents events, Clock clock, UnitDirectoryProperties properties) {
        this.mongo = mongo;
        this.validator = validator;
        this.units = units;
        this.administrators = administrators;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- drafts

    public Plan create(PlanRequest request, Caller caller) {
        administrators.requireIssuer(caller);
        validate(request);
        String planId = request.planId() != null ? request.planId() : generatedId(request, caller.unitCode());
        Plan plan = fromRequest(planId, request, caller.unitCode(), clock.instant(), caller.userId());
        PlanAuditEntry entry = new PlanAuditEntry(0, clock.instant(), caller.userId(), caller.unitCode(), PlanAction.CREATE,
                null, "draft " + request.number());
        Plan stored = new Plan(plan.planId(), 0, 0, PlanState.DRAFT, plan.number(), plan.issuingUnitCode(), plan.issuingBody(),
                plan.signer(), plan.signerTitle(), plan.issuedOn(), plan.title(), plan.legalBasis(), plan.periodFrom(),
                plan.periodTo(), plan.deadline(), plan.recipientUnitCode(), plan.recipientName(), plan.contact(),
                plan.milestones(), plan.lockAtDeadline(), plan.outlineId(), plan.outlineVersion(), plan.comparisonPlanId(),
                plan.participants(), List.of(), plan.reviewChains(), plan.reviewTime(), plan.returnToSubmitter(), List.of(),
                List.of(plan.issuingUnitCode()), plan.createdAt(), plan.createdBy(), List.of(entry), List.of(), plan.groups());
        try {
            return mongo.insert(stored);
        } catch (DuplicateKeyException e) {
            throw new PlanExistsException(planId);
        }
    }

    public Plan edit(String planId, PlanRequest request, Caller caller) {
        Plan plan = find(planId);
        requireIssuerOf(plan, caller);
        plan.state().require(planId, PlanAction.EDIT);
        validate(request);
        Plan edited = fromRequest(planId, request, plan.issuingUnitCode(), plan.createdAt(), plan.createdBy());
        return write(plan, edited, PlanAction.EDIT, null, "draft edited", caller, false);
    }

    // ---------------------------------------------------------------- issued plans

    /** Issues the plan: the units its participants select on the issue date become its fixed list of expected units. */
    public Plan issue(String planId, String reason, Caller caller) {
        Plan plan = find(planId);
        requireIssuerOf(plan, caller);
        plan.state().require(planId, PlanAction.ISSUE);
        LocalDate day = plan.issuedOn() != null ? plan.issuedOn() : PlatformTime.today(clock);
        List<FieldError> errors = new ArrayList<>();
        PlanValidator.checkLevelsExistOn(plan.reviewChains(), day, errors);
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(errors);
        }
        List<ExpectedUnit> expected = resolve(plan.participants(), day, errors);
        if (errors.isEmpty() && expected.isEmpty()) {
            errors.add(new FieldError("participants", "select no unit on " + day));
        }
        if (errors.isEmpty()) {
            checkChainsCover(plan.reviewChains(), expected, day, errors);
            validator.checkGroupMembers(plan.groups(), expected, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(errors);
        }
        Plan issued = plan.withIssue(day, expected, concerned(plan, expected));
        return write(plan, issued, PlanAction.ISSUE, reason, expected.size() + " expected units as of " + day, caller, true);
    }

    /** An explicit change of an issued plan's expected units or deadline, audited with its reason. */
    public Plan amend(String planId, AmendmentRequest request, Caller caller) {
        Plan plan = find(planId);
        requireIssuerOf(plan, caller);
        plan.state().require(planId, PlanAction.AMEND);
        List<FieldError> errors = new ArrayList<>();
        Map<String, ExpectedUnit> expected = new TreeMap<>();
        plan.expectedUnits().forEach(unit -> expected.put(unit.code(), unit));
        LocalDate today = PlatformTime.today(clock);
        for (int i = 0; i < request.removeUnits().size(); i++) {
            String code = request.removeUnits().get(i);
            if (expected.remove(code) == null) {
                errors.add(new FieldError("removeUnits[" + i + "]", "unit " + code + " is not expected under this plan"));
            }
        }
        for (int i = 0; i < request.addUnits().size(); i++) {
            String code = request.addUnits().get(i);
            Optional<Unit> unit = units.find(code, today);
            if (unit.isEmpty()) {
                errors.add(new FieldError("addUnits[" + i + "]", "no unit " + code + " exists on " + today));
            } else if (expected.containsKey(code)) {
                errors.add(new FieldError("addUnits[" + i + "]", "unit " + code + " is expected already"));
            } else {
                expected.put(code, expected(unit.get()));
            }
        }
        Instant deadline = request.deadline() == null ? plan.deadline() : request.deadline().toInstant();
        if (deadline.isBefore(PlatformTime.startOf(plan.periodTo().plusDays(1)))) {
            errors.add(new FieldError("deadline", "the deadline precedes the end of the reporting period " + plan.periodTo()));
        }
        List<ExpectedUnit> units = List.copyOf(expected.values());
        if (errors.isEmpty()) {
            checkChainsCover(plan.reviewChains(), units, plan.issuedOn() != null ? plan.issuedOn() : today, errors);
        }
        if (errors.isEmpty() && units.isEmpty()) {
            errors.add(new FieldError("removeUnits", "a plan keeps at least one expected unit"));
        }
        if (request.addUnits().isEmpty() && request.removeUnits().isEmpty() && request.deadline() == null) {
            errors.add(new FieldError("addUnits", "an amendment adds or removes units or sets a new deadline"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(errors);
        }
        Plan amended = plan.withExpected(units, concerned(plan, units), deadline);
        String detail = "added " + request.addUnits() + ", removed " + request.removeUnits()
                + (request.deadline() == null ? "" : ", deadline " + plan.deadline() + " → " + deadline);
        return write(plan, amended, PlanAction.AMEND, request.reason(), detail, caller, true);
    }

    /**
     * An intermediate level (e.g. a district) sets an earlier deadline for the units below it: never later
     * than the deadline that applies to the level itself, nor earlier than one a level below it already set.
     */
    public Plan setInternalDeadline(String planId, String unitCode, DeadlineRequest request, Caller caller) {
        Plan plan = readable(planId, caller);
        administrators.requireAdminOf(caller, unitCode);
        plan.state().require(planId, PlanAction.SET_INTERNAL_DEADLINE);
        Optional<ExpectedUnit> below = plan.expectedUnits().stream().filter(u -> u.ancestry().contains(unitCode)).findFirst();
        if (below.isEmpty() || unitCode.equals(plan.issuingUnitCode())) {
            throw new InvalidPlanException("unitCode", unitCode.equals(plan.issuingUnitCode())
                    ? "the issuing unit changes the plan's deadline by an amendment"
                    : "unit " + unitCode + " has no expected unit below it in plan " + planId);
        }
        Instant requested = request.deadline().toInstant();
        PlanPublished current = plan.toEvent();
        List<String> ancestors = ancestorsOf(below.get(), unitCode);
        Instant bound = current.effectiveDeadline(unitCode, ancestors);
        if (requested.isAfter(bound)) {
            throw new DeadlineOrderException(unitCode, requested, boundBy(plan, ancestors), bound,
                    "The internal deadline of unit " + unitCode + " (" + requested + ") is later than the deadline that applies to it ("
                            + bound + ")");
        }
        for (UnitDeadline existing : plan.unitDeadlines()) {
            if (existing.kind() == UnitDeadline.Kind.INTERNAL && !existing.unitCode().equals(unitCode)
                    && isBelow(plan, existing.unitCode(), unitCode) && existing.deadline().isAfter(requested)) {
                throw new DeadlineOrderException(unitCode, requested, existing.unitCode(), existing.deadline(),
                        "Unit " + existing.unitCode() + " below " + unitCode + " has set a later internal deadline ("
                                + existing.deadline() + "); it must move first");
            }
        }
        List<UnitDeadline> deadlines = new ArrayList<>(plan.unitDeadlines().stream()
                .filter(d -> !(d.kind() == UnitDeadline.Kind.INTERNAL && d.unitCode().equals(unitCode))).toList());
        deadlines.add(new UnitDeadline(unitCode, UnitDeadline.Kind.INTERNAL, requested, caller.userId(), request.reason()));
        return write(plan, plan.withUnitDeadlines(deadlines), PlanAction.SET_INTERNAL_DEADLINE, request.reason(),
                "internal deadline of " + unitCode + ": " + requested, caller, true);
    }

    /**
     * More time for one expected unit, granted by an administrator of a unit above it (or the issuer), with a
     * reason; later than the unit's current deadline and, unless the issuer grants it, not beyond the
     * granting level's own deadline.
     */
    public Plan grantExtension(String planId, ExtensionRequest request, Caller caller) {
        Plan plan = readable(planId, caller);
        administrators.requireAdmin(caller);
        plan.state().require(planId, PlanAction.GRANT_EXTENSION);
        ExpectedUnit unit = plan.expectedUnits().stream().filter(u -> u.code().equals(request.unitCode())).findFirst()
                .orElseThrow(() -> new InvalidPlanException("unitCode", "unit " + request.unitCode() + " is not expected under plan " + planId));
        boolean issuer = caller.actsFor(plan.issuingUnitCode()) || administrators.national(caller);
        if (!issuer && !unit.ancestry().contains(caller.unitCode())) {
            throw new AccessRefusedException("Only an administrator of a unit above " + unit.code() + " may grant it an extension;"
                    + " the caller acts for unit " + caller.unitCode());
        }
        PlanPublished current = plan.toEvent();
        Instant requested = request.deadline().toInstant();
        Instant now = current.effectiveDeadline(unit.code(), unit.ancestry());
        if (!requested.isAfter(now)) {
            throw new ExtensionNotLaterException(unit.code(), requested, now);
        }
        if (!issuer) {
            List<String> granterAncestors = ancestorsOf(unit, caller.unitCode());
            Instant own = current.effectiveDeadline(caller.unitCode(), granterAncestors);
            if (requested.isAfter(own)) {
                throw new DeadlineOrderException(unit.code(), requested, caller.unitCode(), own,
                        "Unit " + caller.unitCode() + " may extend up to its own deadline (" + own + "), not to " + requested);
            }
        }
        List<UnitDeadline> deadlines = new ArrayList<>(plan.unitDeadlines().stream()
                .filter(d -> !(d.kind() == UnitDeadline.Kind.EXTENSION && d.unitCode().equals(unit.code()))).toList());
        deadlines.add(new UnitDeadline(unit.code(), UnitDeadline.Kind.EXTENSION, requested, caller.userId(), request.reason()));
        return write(plan, plan.withUnitDeadlines(deadlines), PlanAction.GRANT_EXTENSION, request.reason(),
                "extension of " + unit.code() + ": " + now + " → " + requested, caller, true);
    }

    public Plan close(String planId, String reason, Caller caller) {
        Plan plan = find(planId);
        requireIssuerOf(plan, caller);
        plan.state().require(planId, PlanAction.CLOSE);
        return write(plan, plan.withState(PlanState.CLOSED), PlanAction.CLOSE, reason, "closed", caller, true);
    }

    // ---------------------------------------------------------------- reads

    /** A plan the caller may read: a draft only by its issuing unit, an issued plan by every unit it concerns. */
    public Plan readable(String planId, Caller caller) {
        Plan plan = find(planId);
        boolean national = administrators.national(caller);
        if (plan.state() == PlanState.DRAFT) {
            if (!national && !caller.actsFor(plan.issuingUnitCode())) {
                throw new PlanNotFoundException(planId);
            }
        } else if (!national && !plan.concernedUnits().contains(caller.unitCode())) {
            throw new AccessRefusedException("Plan " + planId + " does not concern unit " + caller.unitCode());
        }
        return plan;
    }

    /** The plans that concern the caller's unit, newest first; drafts only for their issuing unit. */
    public List<Plan> list(Caller caller, PlanState state) {
        Criteria visible = administrators.national(caller) ? new Criteria() : new Criteria().orOperator(
                Criteria.where("issuingUnitCode").is(caller.unitCode()),
                new Criteria().andOperator(Criteria.where("concernedUnits").is(caller.unitCode()),
                        Criteria.where("state").ne(PlanState.DRAFT)));
        Criteria criteria = state == null ? visible : new Criteria().andOperator(visible, Criteria.where("state").is(state));
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt"));
        query.fields().exclude("expectedUnits", "concernedUnits", "outbox", "audit");
        return mongo.find(query, Plan.class);
    }

    /** The audit of a plan: readable by its issuing unit (and national units). */
    public List<PlanAuditEntry> audit(String planId, Caller caller) {
        Plan plan = find(planId);
        if (!caller.actsFor(plan.issuingUnitCode()) && !administrators.national(caller)) {
            throw new AccessRefusedException("The audit of plan " + planId + " is read by its issuing unit " + plan.issuingUnitCode());
        }
        return plan.audit();
    }

    public Optional<Plan> findOptional(String planId) {
        return Optional.ofNullable(mongo.findById(planId, Plan.class));
    }

    Plan find(String planId) {
        return findOptional(planId).orElseThrow(() -> new PlanNotFoundException(planId));
    }

    // ---------------------------------------------------------------- internals

    private void validate(PlanRequest request) {
        List<FieldError> errors = validator.check(request);
        if (errors.isEmpty() && !request.groups().isEmpty()) {
            LocalDate day = request.issuedOn() != null ? request.issuedOn() : PlatformTime.today(clock);
            validator.checkGroupMembers(request.groups(), resolve(request.participants(), day, errors), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(errors);
        }
    }

    private void requireIssuerOf(Plan plan, Caller caller) {
        administrators.requireAdminOf(caller, plan.issuingUnitCode());
    }

    /**
     * Stores {@code after} if the plan is still at the version {@code before} was read at, appending the audit
     * entry and, when {@code publish}, the event of the next revision: one atomic update of one document.
     */
    private Plan write(Plan before, Plan after, PlanAction action, String reason, String detail, Caller caller, boolean publish) {
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
            update.push("outbox", events.pending(BINDING, event));
        }
        UpdateResult result = mongo.updateFirst(Query.query(Criteria.where("_id").is(before.planId()).and("version").is(before.version())),
                update, Plan.class);
        if (result.getModifiedCount() == 0) {
            throw new PlanChangedConcurrentlyException(before.planId());
        }
        return find(before.planId());
    }

    private static PlanPublished withRevision(PlanPublished e, long revision) {
        return new PlanPublished(e.planId(), revision, e.number(), e.issuingUnitCode(), e.issuingBody(), e.signer(), e.signerTitle(),
                e.issuedOn(), e.title(), e.legalBasis(), e.periodFrom(), e.periodTo(), e.deadline(), e.recipientUnitCode(),
                e.recipientName(), e.contact(), e.milestones(), e.status(), e.lockAtDeadline(), e.outlineId(), e.outlineVersion(),
                e.comparisonPlanId(), e.expectedUnits(), e.reviewChains(), e.reviewTime(), e.returnToSubmitter(), e.unitDeadlines(), e.groups());
    }

    private Plan fromRequest(String planId, PlanRequest r, String issuingUnitCode, Instant createdAt, String createdBy) {
        return new Plan(planId, 0, 0, PlanState.DRAFT, Nfc.of(r.number()), issuingUnitCode, Nfc.of(r.issuingBody()), Nfc.of(r.signer()),
                Nfc.of(r.signerTitle()), r.issuedOn(), Nfc.of(r.title()), r.legalBasis().stream().map(Nfc::of).toList(),
                r.periodFrom(), r.periodTo(), r.deadline().toInstant(), r.recipientUnitCode(), Nfc.of(r.recipientName()),
                Nfc.of(r.contact()), r.milestones(), Boolean.TRUE.equals(r.lockAtDeadline()), r.outlineId(), r.outlineVersion(), r.comparisonPlanId(),
                r.participants(), List.of(), r.reviewChains(), r.reviewTime() == null ? "P5D" : r.reviewTime().toString(),
                r.returnToSubmitter() == null || r.returnToSubmitter(), List.of(), List.of(issuingUnitCode), createdAt,
                createdBy, List.of(), List.of(), r.groups().stream()
                        .map(g -> new UnitGroup(g.code(), Nfc.of(g.name()), g.unitCodes())).toList());
    }

    /** The units the participants select on {@code day}, sorted by code, each once. */
    List<ExpectedUnit> resolve(Participants participants, LocalDate day, List<FieldError> errors) {
        Map<String, ExpectedUnit> selected = new TreeMap<>();
        for (int i = 0; i < participants.units().size(); i++) {
            String code = participants.units().get(i);
            Optional<Unit> unit = units.find(code, day);
            if (unit.isEmpty()) {
                errors.add(new FieldError("participants.units[" + i + "]", "no unit " + code + " exists on " + day));
            } else {
                selected.put(code, expected(unit.get()));
            }
        }
        for (int i = 0; i < participants.rules().size(); i++) {
            Participants.Rule rule = participants.rules().get(i);
            if (units.find(rule.within(), day).isEmpty()) {
                errors.add(new FieldError("participants.rules[" + i + "].within", "no unit " + rule.within() + " exists on " + day));
                continue;
            }
            for (Unit unit : units.subtree(rule.within(), day)) {
                if (rule.kinds().contains(unit.kind())) {
                    selected.put(unit.code(), expected(unit));
                }
            }
        }
        return List.copyOf(selected.values());
    }

    /** Every expected unit's kind has a chain, and every level of it is an ancestor of the unit. */
    private void checkChainsCover(List<ReviewChain> chains, List<ExpectedUnit> expected, LocalDate day, List<FieldError> errors) {
        Map<String, ReviewChain> byKind = new HashMap<>();
        chains.forEach(chain -> byKind.put(chain.unitKind(), chain));
        Map<String, UnitKind> kinds = new HashMap<>();
        Set<String> reported = new LinkedHashSet<>();
        for (ExpectedUnit unit : expected) {
            ReviewChain chain = byKind.get(unit.kind());
            if (chain == null) {
                if (reported.add("kind:" + unit.kind())) {
                    errors.add(new FieldError("reviewChains", "no review chain for units of kind " + unit.kind() + " (e.g. " + unit.code() + ")"));
                }
                continue;
            }
            for (String level : chain.levels()) {
                boolean found = unit.ancestry().stream().anyMatch(code ->
                        kinds.computeIfAbsent(code, c -> units.find(c, day).map(Unit::kind).orElse(null)) == PlanValidator.kind(level));
                if (!found && reported.add("level:" + unit.kind() + ":" + level)) {
                    errors.add(new FieldError("reviewChains", "unit " + unit.code() + " (" + unit.kind() + ") has no " + level
                            + " above it to review it"));
                }
            }
        }
    }

    private List<String> concerned(Plan plan, List<ExpectedUnit> expected) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(plan.issuingUnitCode());
        codes.add(plan.recipientUnitCode());
        for (ExpectedUnit unit : expected) {
            codes.addAll(unit.ancestry());
            codes.add(unit.code());
        }
        return List.copyOf(codes);
    }

    /** The ancestors of {@code level}, read off the ancestry of an expected unit below it. */
    private static List<String> ancestorsOf(ExpectedUnit below, String level) {
        int index = below.ancestry().indexOf(level);
        return index < 0 ? List.of() : below.ancestry().subList(0, index);
    }

    private static String boundBy(Plan plan, List<String> ancestors) {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            if (plan.toEvent().internalDeadlineOf(ancestors.get(i)) != null) {
                return ancestors.get(i);
            }
        }
        return plan.issuingUnitCode();
    }

    private static boolean isBelow(Plan plan, String unitCode, String ancestor) {
        return plan.expectedUnits().stream().anyMatch(u -> {
            int at = u.ancestry().indexOf(unitCode);
            return at > 0 && u.ancestry().subList(0, at).contains(ancestor);
        });
    }

    private static ExpectedUnit expected(Unit unit) {
        return new ExpectedUnit(unit.code(), unit.name(), unit.kind().name(), unit.ancestry());
    }

    private String generatedId(PlanRequest request, String unitCode) {
        String ascii = Normalizer.normalize(request.number().replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        int year = (request.issuedOn() != null ? request.issuedOn() : PlatformTime.today(clock)).getYear();
        return ("kh-" + ascii + "-" + year + "-" + unitCode.toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9-]", "-");
    }

}
