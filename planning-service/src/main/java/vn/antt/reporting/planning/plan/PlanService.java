package vn.antt.reporting.planning.plan;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanLetter;
import vn.antt.reporting.contracts.planning.UnitGroup;
import vn.antt.reporting.planning.unit.Administrators;
import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.text.Nfc;
import vn.antt.reporting.platform.time.PlatformTime;

/**
 * The commands on a plan by its issuing province: drafted and edited, issued (its expected units fixed on the issue
 * date), amended with a reason, closed. Which units it expects is {@link ExpectedUnits}'s, whether its review chains
 * cover them {@link ReviewChainCoverage}'s, each change one guarded write of {@link PlanStore}; the deadlines set by
 * the levels in between are {@link UnitDeadlineService}'s, the reads {@link PlanQueries}'.
 */
@Service
record PlanService(PlanStore store, PlanValidator validator, ExpectedUnits expectedUnits, ReviewChainCoverage chains,
                   Administrators administrators, Clock clock) {

    // ---------------------------------------------------------------- drafts

    public Plan create(PlanRequest request, Caller caller) {
        administrators.requireIssuer(caller);
        validate(request);
        String planId = request.planId() != null ? request.planId() : generatedId(request, caller.unitCode());
        Plan plan = fromRequest(planId, request, caller.unitCode(), clock.instant(), caller.userId());
        PlanAuditEntry entry = new PlanAuditEntry(0, clock.instant(), caller.userId(), caller.unitCode(), PlanAction.CREATE,
                null, "draft " + request.number());
        Plan stored = new Plan(plan.planId(), 0, 0, PlanState.DRAFT, plan.letter(), plan.milestones(), plan.lockAtDeadline(),
                plan.outlineId(), plan.outlineVersion(), plan.comparisonPlanId(), plan.participants(), List.of(),
                plan.reviewChains(), plan.reviewTime(), plan.returnToSubmitter(), List.of(),
                List.of(plan.letter().issuingUnitCode()), plan.createdAt(), plan.createdBy(), List.of(entry), List.of(), plan.groups());
        return store.insert(stored);
    }

    public Plan edit(String planId, PlanRequest request, Caller caller) {
        Plan plan = find(planId);
        requireIssuerOf(plan, caller);
        plan.state().require(planId, PlanAction.EDIT);
        validate(request);
        Plan edited = fromRequest(planId, request, plan.letter().issuingUnitCode(), plan.createdAt(), plan.createdBy());
        return store.write(plan, edited, PlanAction.EDIT, null, "draft edited", caller, false);
    }

    // ---------------------------------------------------------------- issued plans

    /** Issues the plan: the units its participants select on the issue date become its fixed list of expected units. */
    public Plan issue(String planId, String reason, Caller caller) {
        Plan plan = find(planId);
        requireIssuerOf(plan, caller);
        plan.state().require(planId, PlanAction.ISSUE);
        LocalDate day = plan.letter().issuedOn() != null ? plan.letter().issuedOn() : PlatformTime.today(clock);
        List<FieldError> errors = new ArrayList<>();
        PlanValidator.checkLevelsExistOn(plan.reviewChains(), day, errors);
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(errors);
        }
        List<ExpectedUnit> expected = expectedUnits.resolve(plan.participants(), day, errors);
        if (errors.isEmpty() && expected.isEmpty()) {
            errors.add(new FieldError("participants", "select no unit on " + day));
        }
        if (errors.isEmpty()) {
            chains.check(plan.reviewChains(), expected, day, errors);
            validator.checkGroupMembers(plan.groups(), expected, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(errors);
        }
        Plan issued = plan.withIssue(day, expected, expectedUnits.concerned(plan, expected, day));
        return store.write(plan, issued, PlanAction.ISSUE, reason, expected.size() + " expected units as of " + day, caller, true);
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
            Optional<ExpectedUnit> unit = expectedUnits.find(code, today);
            if (unit.isEmpty()) {
                errors.add(new FieldError("addUnits[" + i + "]", "no unit " + code + " exists on " + today));
            } else if (expected.containsKey(code)) {
                errors.add(new FieldError("addUnits[" + i + "]", "unit " + code + " is expected already"));
            } else {
                expected.put(code, unit.get());
            }
        }
        Instant deadline = request.deadline() == null ? plan.letter().deadline() : request.deadline().toInstant();
        if (deadline.isBefore(PlatformTime.startOf(plan.letter().periodTo().plusDays(1)))) {
            errors.add(new FieldError("deadline", "the deadline precedes the end of the reporting period " + plan.letter().periodTo()));
        }
        List<ExpectedUnit> units = List.copyOf(expected.values());
        LocalDate unitsDay = plan.letter().issuedOn() != null ? plan.letter().issuedOn() : today;
        if (errors.isEmpty()) {
            chains.check(plan.reviewChains(), units, unitsDay, errors);
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
        Plan amended = plan.withExpected(units, expectedUnits.concerned(plan, units, unitsDay), deadline);
        String detail = "added " + request.addUnits() + ", removed " + request.removeUnits()
                + (request.deadline() == null ? "" : ", deadline " + plan.letter().deadline() + " → " + deadline);
        return store.write(plan, amended, PlanAction.AMEND, request.reason(), detail, caller, true);
    }

    public Plan close(String planId, String reason, Caller caller) {
        Plan plan = find(planId);
        requireIssuerOf(plan, caller);
        plan.state().require(planId, PlanAction.CLOSE);
        return store.write(plan, plan.withState(PlanState.CLOSED), PlanAction.CLOSE, reason, "closed", caller, true);
    }

    // ---------------------------------------------------------------- reads for the commands

    public Optional<Plan> findOptional(String planId) {
        return store.findOptional(planId);
    }

    Plan find(String planId) {
        return store.find(planId);
    }

    // ---------------------------------------------------------------- internals

    private void validate(PlanRequest request) {
        List<FieldError> errors = validator.check(request);
        if (errors.isEmpty() && !request.groups().isEmpty()) {
            LocalDate day = request.issuedOn() != null ? request.issuedOn() : PlatformTime.today(clock);
            validator.checkGroupMembers(request.groups(), expectedUnits.resolve(request.participants(), day, errors), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(errors);
        }
    }

    private void requireIssuerOf(Plan plan, Caller caller) {
        administrators.requireAdminOf(caller, plan.letter().issuingUnitCode());
    }

    private Plan fromRequest(String planId, PlanRequest r, String issuingUnitCode, Instant createdAt, String createdBy) {
        PlanLetter letter = new PlanLetter(Nfc.of(r.number()), issuingUnitCode, Nfc.of(r.issuingBody()), Nfc.of(r.signer()),
                Nfc.of(r.signerTitle()), r.issuedOn(), Nfc.of(r.title()), r.legalBasis().stream().map(Nfc::of).toList(),
                r.periodFrom(), r.periodTo(), r.deadline().toInstant(), r.recipientUnitCode(), Nfc.of(r.recipientName()),
                Nfc.of(r.contact()));
        return new Plan(planId, 0, 0, PlanState.DRAFT, letter, r.milestones(), Boolean.TRUE.equals(r.lockAtDeadline()), r.outlineId(),
                r.outlineVersion(), r.comparisonPlanId(), r.participants(), List.of(), r.reviewChains(),
                r.reviewTime() == null ? "P5D" : r.reviewTime().toString(),
                r.returnToSubmitter() == null || r.returnToSubmitter(), List.of(), List.of(issuingUnitCode), createdAt,
                createdBy, List.of(), List.of(), r.groups().stream()
                        .map(g -> new UnitGroup(g.code(), Nfc.of(g.name()), g.unitCodes())).toList());
    }

    private String generatedId(PlanRequest request, String unitCode) {
        String ascii = Normalizer.normalize(request.number().replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        int year = (request.issuedOn() != null ? request.issuedOn() : PlatformTime.today(clock)).getYear();
        return ("kh-" + ascii + "-" + year + "-" + unitCode.toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9-]", "-");
    }

}
