package vn.antt.reporting.submission.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import com.mongodb.client.result.UpdateResult;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.PlanStatus;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.ReportSection;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.ReportWithdrawn;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.outbox.OutboxEvents;
import vn.antt.reporting.platform.outbox.OutboxRelay;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.text.Nfc;
import vn.antt.reporting.submission.access.SubmissionAccess;

@Service
public class SubmissionService {

    static final String EVENTS_BINDING = "submissionEvents-out-0";
    // Each lost race means another submit of the same unit was stored, so n concurrent submits need at most n attempts.
    private static final int VERSION_RACE_ATTEMPTS = 16;
    private static final String SUBMIT = "submit its report";

    private final MongoTemplate mongo;
    private final SubmissionAccess access;
    private final Plans plans;
    private final OutboxEvents outbox;
    private final OutboxRelay relay;
    private final Clock clock;
    /** {@code reporting_submissions_total}: versions stored (a replayed idempotent retry is not counted again). */
    private final Counter stored;

    SubmissionService(MongoTemplate mongo, SubmissionAccess access, Plans plans,
                      OutboxEvents outbox, OutboxRelay relay, Clock clock, MeterRegistry meters) {
        this.stored = Counter.builder("reporting.submissions").description("Report versions stored").register(meters);
        this.mongo = mongo;
        this.access = access;
        this.plans = plans;
        this.outbox = outbox;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * Checks the report against its plan and outline, then stores the next version of the unit's report
     * and, in the same document write, the ReportSubmitted event, which the relay publishes at once (the answer does
     * not wait for the broker; a pass publishes it if that fails).
     */
    public SubmitResult submit(Caller caller, SubmitReportRequest request, String idempotencyKey) {
        access.requireClerkOf(caller, request.unitCode(), SUBMIT);
        String fingerprint = RequestFingerprint.of(request);
        if (idempotencyKey != null) {
            Submission earlier = findByKey(caller, idempotencyKey);
            if (earlier != null) {
                return replay(earlier, fingerprint, idempotencyKey);
            }
        }
        PlanPublished plan = openPlan(request.planId());
        // The unit as the plan fixed it when issued: later changes of the directory do not move its report.
        ExpectedUnit expected = Plans.expected(plan, request.unitCode())
                .orElseThrow(() -> new UnitNotExpectedException(plan.planId(), request.unitCode()));
        access.requireClerkOf(caller, expected.code(), expected.key(), SUBMIT);
        UnitRef unitRef = new UnitRef(expected.code(), expected.name(), expected.kind(), expected.ancestry(), expected.key());
        Submission latest = latest(plan.planId(), expected.code());
        if (latest != null && !latest.status().allowsNextVersion()) {
            throw new ReportFinalException(plan.planId(), expected.code(), latest.id(), latest.version());
        }
        Instant deadline = Plans.effectiveDeadline(plan, expected.code(), expected.ancestry());
        boolean late = !clock.instant().isBefore(deadline);
        if (late && plan.lockAtDeadline()) {
            throw new EntriesLockedException(plan.planId(), expected.code(), deadline);
        }
        OutlinePublished outline = outlineOf(plan);

        List<SectionText> sections = request.sectionsOrEmpty().stream()
                .map(s -> new SectionText(s.number(), Nfc.of(s.text())))
                .toList();
        List<FigureValue> figures = request.figuresOrEmpty().stream().map(SubmitReportRequest.FigureInput::toValue).toList();
        SubmissionValidator.Result validation = SubmissionValidator.validate(outline, sections, figures);
        if (!validation.errors().isEmpty()) {
            throw new SubmissionInvalidException(validation.errors());
        }
        List<String> warningCodes = validation.warnings().stream().map(ValidationWarning::code).toList();
        OfficialDocument document = new OfficialDocument(Nfc.of(request.document().number()),
                request.document().issuedOn(), Nfc.of(request.document().signer()),
                Nfc.of(request.document().signerTitle()),
                request.document().recipients() == null ? List.of()
                        : request.document().recipients().stream().map(Nfc::of).toList());

        String key = idempotencyKey != null ? idempotencyKey : "auto-" + UUID.randomUUID();
        // The first attempt takes the version after the latest read above (one store read less per submission); the
        // unique index on plan, unit and version refuses it if another submit stored that version meanwhile, and the
        // next attempt reads the latest again.
        int latestRead = latest == null ? 0 : latest.version();
        for (int attempt = 1; ; attempt++) {
            int version = (attempt == 1 ? latestRead : latestVersion(request.planId(), unitRef.code())) + 1;
            String id = UUID.randomUUID().toString();
            Instant now = clock.instant();
            ReportSubmitted event = new ReportSubmitted(id, request.planId(), unitRef, version, now, late,
                    caller.userId(), figures, warningCodes,
                    sections.stream().map(section -> new ReportSection(section.number(), section.text())).toList());
            Submission submission = new Submission(id, request.planId(), unitRef, version,
                    SubmissionStatus.SUBMITTED, document, sections, figures, validation.warnings(), deadline, late,
                    now, caller.userId(), key, fingerprint,
                    List.of(new StatusChange(null, SubmissionStatus.SUBMITTED, now, caller.userId(), caller.unitCode(), null, null)),
                    List.of(outbox.pending(EVENTS_BINDING, event)), null);
            try {
                SubmitResult result = new SubmitResult(relay.insertAndPublish(submission, Submission.COLLECTION), false);
                stored.increment();
                return result;
            } catch (DuplicateKeyException raced) {
                // Either a concurrent retry with the same key stored first (answer with its result), or
                // another submit of the same unit took this version number (take the next one).
                Submission winner = idempotencyKey == null ? null : findByKey(caller, idempotencyKey);
                if (winner != null) {
                    return replay(winner, fingerprint, idempotencyKey);
                }
                if (attempt == VERSION_RACE_ATTEMPTS) {
                    throw new SubmitRacedException(request.planId(), unitRef.code(), attempt);
                }
            }
        }
    }

    /**
     * Withdraws the latest version of a unit's report while no reviewer has acted on it: one guarded update
     * sets WITHDRAWN, appends the change and the ReportWithdrawn event. A review event stored first wins.
     */
    public Submission withdraw(Caller caller, String id, String reason) {
        Submission submission = get(caller, id);
        access.requireClerkOf(caller, submission.unit().code(), submission.unit().versionKey(), "withdraw its report");
        int latest = latestVersion(submission.planId(), submission.unit().code());
        if (submission.version() != latest) {
            throw new NotLatestVersionException(id, submission.version(), latest);
        }
        if (!submission.status().allowsWithdrawal()) {
            throw new WithdrawalNotAllowedException(id, submission.status());
        }
        Instant now = clock.instant();
        String text = Nfc.of(reason);
        ReportWithdrawn event = new ReportWithdrawn(id, submission.planId(), submission.unit(), submission.version(), now,
                caller.userId(), text);
        Update update = new Update().set("status", SubmissionStatus.WITHDRAWN)
                .push("history", new StatusChange(submission.status(), SubmissionStatus.WITHDRAWN, now, caller.userId(),
                        caller.unitCode(), text, null))
                .push("outbox", outbox.pending(EVENTS_BINDING, event));
        UpdateResult result = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(SubmissionStatus.SUBMITTED)),
                update, Submission.class);
        if (result.getModifiedCount() == 0) {
            throw new WithdrawalNotAllowedException(id, mongo.findById(id, Submission.class).status());
        }
        return mongo.findById(id, Submission.class);
    }

    /** The plan, if it takes entries now: known, issued and not closed. */
    public PlanPublished openPlan(String planId) {
        PlanPublished plan = plans.find(planId).orElseThrow(() -> new UnknownPlanException(planId));
        if (plan.status() == PlanStatus.DRAFT) {
            throw new PlanNotIssuedException(planId);
        }
        if (plan.status() == PlanStatus.CLOSED) {
            throw new PlanClosedException(planId);
        }
        return plan;
    }

    /** The outline version the plan's reports follow. */
    public OutlinePublished outlineOf(PlanPublished plan) {
        return plans.outlineOf(plan)
                .orElseThrow(() -> new OutlineNotAvailableException(plan.outlineId(), plan.outlineVersion()));
    }

    private Submission findByKey(Caller caller, String idempotencyKey) {
        return mongo.findOne(Query.query(Criteria.where("submittedBy").is(caller.userId())
                .and("idempotencyKey").is(idempotencyKey)), Submission.class);
    }

    private static SubmitResult replay(Submission earlier, String fingerprint, String idempotencyKey) {
        if (!earlier.requestHash().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(idempotencyKey);
        }
        return new SubmitResult(earlier, true);
    }

    public Submission get(Caller caller, String id) {
        Submission submission = mongo.findById(id, Submission.class);
        // The plan's date only for a reviewer's or admin's read: a clerk's own report needs no plan read.
        if (submission == null || !access.maySee(caller, submission.unit().code(), submission.unit().versionKey(),
                () -> issuedOn(submission.planId()))) {
            // Not found and not visible look the same, so ids of other units' reports leak nothing.
            throw new SubmissionNotFoundException(id);
        }
        return submission;
    }

    public List<Submission> versions(Caller caller, String planId, String unitCode) {
        requireMaySee(caller, planId, unitCode);
        return mongo.find(Query.query(Criteria.where("planId").is(planId).and("unit.code").is(unitCode))
                .with(Sort.by("version")), Submission.class);
    }

    public VersionChanges changes(Caller caller, String id, Integer againstVersion) {
        Submission to = get(caller, id);
        int fromVersion = againstVersion != null ? againstVersion : to.version() - 1;
        Submission from = mongo.findOne(Query.query(Criteria.where("planId").is(to.planId())
                .and("unit.code").is(to.unit().code()).and("version").is(fromVersion)), Submission.class);
        if (from == null) {
            throw new SubmissionNotFoundException(to.planId() + "/" + to.unit().code() + " version " + fromVersion);
        }
        return VersionChanges.between(from, to);
    }

    /**
     * The reports of {@code unitCode} in the plan are read only as {@link SubmissionAccess#maySee} allows, for the
     * version of the unit the plan expects (the code's first version when the plan is unknown or does not expect it).
     */
    public void requireMaySee(Caller caller, String planId, String unitCode) {
        requireMaySee(caller, plans.find(planId).orElse(null), unitCode);
    }

    /** {@link #requireMaySee(Caller, String, String)} with the plan already read (null: unknown). */
    public void requireMaySee(Caller caller, PlanPublished plan, String unitCode) {
        String versionKey = plan == null ? null : Plans.expected(plan, unitCode).map(ExpectedUnit::key).orElse(null);
        access.requireMaySee(caller, unitCode, versionKey, plan == null ? null : plan.letter().issuedOn());
    }

    private LocalDate issuedOn(String planId) {
        return plans.find(planId).map(plan -> plan.letter().issuedOn()).orElse(null);
    }

    private int latestVersion(String planId, String unitCode) {
        Submission latest = latest(planId, unitCode);
        return latest == null ? 0 : latest.version();
    }

    private Submission latest(String planId, String unitCode) {
        return mongo.findOne(Query.query(Criteria.where("planId").is(planId).and("unit.code").is(unitCode))
                .with(Sort.by(Sort.Direction.DESC, "version")).limit(1), Submission.class);
    }

}
