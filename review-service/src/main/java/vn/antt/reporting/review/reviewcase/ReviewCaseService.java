package vn.antt.reporting.review.reviewcase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.review.ReportAccepted;
import vn.antt.reporting.contracts.review.ReportFinalized;
import vn.antt.reporting.contracts.review.ReportReopened;
import vn.antt.reporting.contracts.review.ReportReturned;
import vn.antt.reporting.contracts.review.ReturnNote;
import vn.antt.reporting.platform.outbox.OutboxEvents;
import vn.antt.reporting.platform.outbox.PendingEvent;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.problem.ProblemException;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.security.Role;
import vn.antt.reporting.platform.text.Nfc;
import vn.antt.reporting.platform.plans.ReviewLevel;
import vn.antt.reporting.review.access.ReviewAccess;

/**
 * Reviewers' actions on cases. Each action checks, in order: the case exists and is visible, the version
 * the reviewer read is still current, the state allows the action, the caller is not the unit itself, the
 * caller is a REVIEWER of the unit responsible for the current level; then one update guarded by the
 * revision read sets the state, appends the audit entry and the events. Of two reviewers acting at once,
 * the second finds the revision moved and gets 409.
 */
@Service
record ReviewCaseService(MongoTemplate mongo, Plans plans, ReviewAccess access, OutboxEvents outbox,
                         ReviewProperties properties, Clock clock) {

    public ReviewCase accept(Caller caller, String planId, String unitCode, Integer version) {
        ReviewCase c = actionable(caller, planId, unitCode, version, ReviewAction.ACCEPT);
        Instant now = clock.instant();
        boolean top = c.atTopLevel();
        ReviewLevel level = c.level(c.currentLevel());
        List<String> acceptedBy = new ArrayList<>(c.acceptedBy());
        acceptedBy.add(level.unitCode());
        ReportAccepted accepted = new ReportAccepted(planId, c.unit(), c.submissionId(), c.version(), level.level(),
                level.unitCode(), caller.userId(), now, top);
        List<PendingEvent> events = new ArrayList<>(List.of(outbox.pending(ReviewOutbox.BINDING, accepted)));
        if (top) {
            events.add(outbox.pending(ReviewOutbox.BINDING, new ReportFinalized(planId, c.unit(), c.submissionId(), c.version(),
                    acceptedBy, caller.userId(), now)));
        }
        ReviewState to = top ? ReviewState.FINAL : ReviewState.ACCEPTED;
        Update update = new Update().set("state", to).set("acceptedBy", acceptedBy);
        if (top) {
            update.set("currentReviewer", null).set("dueAt", null);
        } else {
            update.set("currentLevel", c.currentLevel() + 1).set("currentReviewer", c.level(c.currentLevel() + 1).unitCode())
                    .set("waitingSince", now).set("dueAt", now.plus(properties.reviewTimeOf(plan(planId)))).set("overdueRaised", false);
        }
        return transition(c, update, new CaseAuditEntry(now, top ? "FINALIZED" : "ACCEPTED", caller.userId(), caller.unitCode(),
                Role.REVIEWER.name(), c.version(), level.level(), c.state(), to, null, events.get(0).eventId()), events);
    }

    /**
     * Returns the version. By default (and always from the first level) it goes back to the submitting unit and
     * review restarts at the first level with its next version; a plan may send a higher level's return to the
     * level below instead, which then reviews the same version again.
     */
    public ReviewCase giveBack(Caller caller, String planId, String unitCode, ReviewRequests.Return request) {
        ReviewCase c = actionable(caller, planId, unitCode, request.version(), ReviewAction.RETURN);
        PlanPublished plan = plan(planId);
        Instant now = clock.instant();
        ReviewLevel level = c.level(c.currentLevel());
        boolean toSubmitter = plan.returnToSubmitter() || c.currentLevel() == 1;
        Update update;
        ReviewState to;
        String returnedTo;
        if (toSubmitter) {
            to = ReviewState.RETURNED;
            returnedTo = c.unit().code();
            update = new Update().set("state", to).set("acceptedBy", List.of()).set("currentReviewer", null).set("dueAt", null);
        } else {
            int below = c.currentLevel() - 1;
            to = below == 1 ? ReviewState.SUBMITTED : ReviewState.ACCEPTED;
            returnedTo = c.level(below).unitCode();
            update = new Update().set("state", to).set("acceptedBy", c.acceptedBy().subList(0, below - 1))
                    .set("currentLevel", below).set("currentReviewer", returnedTo).set("waitingSince", now)
                    .set("dueAt", now.plus(properties.reviewTimeOf(plan))).set("overdueRaised", false);
        }
        String reason = Nfc.of(request.reason());
        List<ReturnNote> notes = ReturnNotes.checked(c.id(),
                plans.outlineOf(plan).orElse(null), request.notes());
        update.set("lastReturn", new CaseReturn(c.version(), level.level(), level.unitCode(), caller.userId(), now, reason, notes));
        ReportReturned returned = new ReportReturned(planId, c.unit(), c.submissionId(), c.version(), level.level(),
                level.unitCode(), caller.userId(), now, reason, notes, returnedTo);
        PendingEvent event = outbox.pending(ReviewOutbox.BINDING, returned);
        return transition(c, update, new CaseAuditEntry(now, "RETURNED", caller.userId(), caller.unitCode(), Role.REVIEWER.name(),
                c.version(), level.level(), c.state(), to, reason, event.eventId(), notes), List.of(event));
    }

    /**
     * Reopens a final report: only a REVIEWER of the final level of the case's chain may, with a reason. The case
     * waits for the unit's next version (REOPENED); ReportReopened tells submission-service to take it.
     */
    public ReviewCase reopen(Caller caller, String planId, String unitCode, ReviewRequests.Reopen request) {
        ReviewCase c = get(caller, planId, unitCode);
        if (request.version() != null && request.version() != c.version()) {
            throw new StaleVersionException(c.id(), request.version(), c.version());
        }
        if (!c.state().allows(ReviewAction.REOPEN)) {
            throw new ReviewActionNotAllowedException(c.id(), c.state(), ReviewAction.REOPEN);
        }
        access.requireNotOwnUnit(caller, c.id(), c.unit().code());
        ReviewLevel finalLevel = c.levels().isEmpty() ? null : c.level(c.levels().size());
        access.requireReviewerOfFinalLevel(caller, c.id(), finalLevel);
        Instant now = clock.instant();
        String reason = Nfc.of(request.reason());
        PendingEvent event = outbox.pending(ReviewOutbox.BINDING, new ReportReopened(planId, c.unit(), c.submissionId(),
                c.version(), finalLevel.level(), finalLevel.unitCode(), caller.userId(), now, reason));
        Update update = new Update().set("state", ReviewState.REOPENED).set("currentReviewer", null).set("dueAt", null);
        return transition(c, update, new CaseAuditEntry(now, "REOPENED", caller.userId(), caller.unitCode(), Role.REVIEWER.name(),
                c.version(), finalLevel.level(), c.state(), ReviewState.REOPENED, reason, event.eventId()), List.of(event));
    }

    /** Accepts each named case the caller may accept now; the others are reported with the rule that refused them. */
    public List<ReviewRequests.BulkOutcome> acceptAll(Caller caller, String planId, List<String> unitCodes) {
        Map<String, ReviewRequests.BulkOutcome> outcomes = new LinkedHashMap<>();
        for (String unitCode : unitCodes) {
            if (outcomes.containsKey(unitCode)) {
                continue;
            }
            try {
                ReviewCase accepted = accept(caller, planId, unitCode, null);
                outcomes.put(unitCode, new ReviewRequests.BulkOutcome(unitCode, true, accepted.version(), null, null));
            } catch (ProblemException refused) {
                outcomes.put(unitCode, new ReviewRequests.BulkOutcome(unitCode, false, 0, refused.rule(), refused.getMessage()));
            }
        }
        return List.copyOf(outcomes.values());
    }

    /** The case as its unit and the units above it see it. */
    public ReviewCase get(Caller caller, String planId, String unitCode) {
        ReviewCase c = mongo.findById(ReviewCase.idOf(planId, unitCode), ReviewCase.class);
        if (c == null || !access.maySee(caller, c.unit(), c.levels(),
                () -> plans.find(planId).map(plan -> plan.letter().issuedOn()).orElse(null))) {
            throw new ReviewCaseNotFoundException(planId, unitCode);
        }
        return c;
    }

    /** The audit trail, for the levels above the unit only. */
    public List<CaseAuditEntry> audit(Caller caller, String planId, String unitCode) {
        ReviewCase c = get(caller, planId, unitCode);
        access.requireLevelAbove(caller, unitCode);
        return c.audit();
    }

    /** What waits for the caller's unit, oldest first. */
    public List<ReviewCase> worklist(Caller caller, String planId) {
        access.requireReviewer(caller);
        Criteria criteria = Criteria.where("currentReviewer").is(caller.unitCode())
                .and("state").in(ReviewState.SUBMITTED, ReviewState.ACCEPTED);
        if (planId != null) {
            criteria = criteria.and("planId").is(planId);
        }
        // The code's cases, of the unit version the caller belongs to: 52 had Tỉnh Bình Định's cases before 1/7/2025.
        return mongo.find(Query.query(criteria).with(Sort.by("waitingSince")), ReviewCase.class).stream()
                .filter(c -> c.reviewing() != null && ReviewAccess.actsFor(caller, c.reviewing())).toList();
    }

    /** Every expected unit of the plan below the caller's unit, with its case (or awaiting submission). */
    public List<ReviewCase> overview(Caller caller, String planId) {
        access.requireSupervisor(caller);
        PlanPublished plan = plan(planId);
        if (!access.isOwnUnitOn(caller, plan.letter().issuedOn())) {
            return List.of(); // the caller's code named another unit then: nothing below it is theirs
        }
        Map<String, ReviewCase> cases = new LinkedHashMap<>();
        mongo.find(Query.query(Criteria.where("planId").is(planId)), ReviewCase.class).forEach(c -> cases.put(c.unit().code(), c));
        return plan.expectedUnits().stream()
                .filter(u -> !u.code().equals(caller.unitCode()) && u.ancestry().contains(caller.unitCode()))
                .map(u -> cases.getOrDefault(u.code(), ReviewCase.awaiting(planId, u)))
                .sorted(Comparator.comparing(c -> c.unit().code()))
                .toList();
    }

    private ReviewCase actionable(Caller caller, String planId, String unitCode, Integer version, ReviewAction action) {
        ReviewCase c = get(caller, planId, unitCode);
        if (version != null && version != c.version()) {
            throw new StaleVersionException(c.id(), version, c.version());
        }
        if (!c.state().allows(action)) {
            throw new ReviewActionNotAllowedException(c.id(), c.state(), action);
        }
        if (caller.has(Role.REVIEWER) && c.acceptedBy().stream().anyMatch(caller::actsFor)) {
            throw new LevelAlreadyDecidedException(c.id(), caller.unitCode(), c.version());
        }
        access.requireNotOwnUnit(caller, c.id(), c.unit().code());
        access.requireReviewerOfLevel(caller, c.id(), c.currentLevel(), c.reviewing());
        return c;
    }

    /** The guarded update, answering the case as it wrote it: one store operation (it was an update, then a read). */
    private ReviewCase transition(ReviewCase c, Update update, CaseAuditEntry entry, List<PendingEvent> events) {
        // One $push with $each: two push() calls on one field would keep only the last.
        update.inc("revision", 1).push("audit", entry).push("outbox").each(events.toArray());
        ReviewCase changed = mongo.findAndModify(Query.query(Criteria.where("_id").is(c.id()).and("revision").is(c.revision())),
                update, FindAndModifyOptions.options().returnNew(true), ReviewCase.class);
        if (changed == null) {
            throw new ReviewCaseChangedException(c.id());
        }
        return changed;
    }

    private PlanPublished plan(String planId) {
        return plans.find(planId).orElseThrow(() -> new ReviewCaseNotFoundException(planId, "*"));
    }
}
