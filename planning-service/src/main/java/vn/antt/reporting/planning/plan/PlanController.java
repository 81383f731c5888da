package vn.antt.reporting.planning.plan;

import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.UnitDeadline;
import vn.antt.reporting.planning.unit.UnitDirectoryProperties;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.time.PlatformTime;

/**
 * Plans (Kế hoạch): province administrators draft, issue, amend and close them; district administrators
 * set internal deadlines and grant extensions for their sub-units; every unit reads the plans that concern it.
 */
@RestController
@RequestMapping("/api/plans")
@Validated
@Tag(name = "Kế hoạch", description = "Plans: who reports what, by when, to whom")
public class PlanController {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final PlanService plans;
    private final UnitDeadlineService deadlines;
    private final PlanQueries queries;
    private final UnitDirectoryProperties properties;

    public PlanController(PlanService plans, UnitDeadlineService deadlines, PlanQueries queries, UnitDirectoryProperties properties) {
        this.plans = plans;
        this.deadlines = deadlines;
        this.queries = queries;
        this.properties = properties;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a plan (administrators of a province or a national unit); drafts are not published")
    @ApiResponse(responseCode = "201", description = "The draft")
    @ApiResponse(responseCode = "400", description = "Problem invalid-plan naming each field at fault (e.g. a deadline before the period's end)")
    @ApiResponse(responseCode = "409", description = "The plan id is taken (plan-exists)")
    public PlanView create(@Valid @RequestBody PlanRequest request, Caller caller) {
        return PlanView.of(plans.create(request, caller), true);
    }

    @PutMapping("/{planId}")
    @Operation(summary = "Rewrite a draft plan (its issuing unit's administrators)")
    @ApiResponse(responseCode = "409", description = "The plan is not a draft (plan-action-not-allowed) or changed meanwhile")
    public PlanView edit(@PathVariable String planId, @Valid @RequestBody PlanRequest request, Caller caller) {
        return PlanView.of(plans.edit(planId, request, caller), true);
    }

    @PostMapping("/{planId}/issue")
    @Operation(summary = "Issue a draft: the units its participants select on the issue date become its fixed expected units; published")
    public PlanView issue(@PathVariable String planId, @Valid @RequestBody(required = false) ReasonRequest request, Caller caller) {
        return PlanView.of(plans.issue(planId, request == null ? null : request.reason(), caller), true);
    }

    @PostMapping("/{planId}/amendments")
    @Operation(summary = "Amend an issued plan: add or remove expected units, move the deadline; a reason is required and audited")
    public PlanView amend(@PathVariable String planId, @Valid @RequestBody AmendmentRequest request, Caller caller) {
        return PlanView.of(plans.amend(planId, request, caller), true);
    }

    @PutMapping("/{planId}/internal-deadlines/{unitCode}")
    @Operation(summary = "An intermediate level's earlier deadline for its sub-units (administrators of that unit)")
    @ApiResponse(responseCode = "400", description = "Later than the deadline that applies to the unit itself (deadline-order)")
    public PlanView setInternalDeadline(@PathVariable String planId, @PathVariable String unitCode,
                                        @Valid @RequestBody DeadlineRequest request, Caller caller) {
        return PlanView.of(deadlines.setInternalDeadline(planId, unitCode, request, caller), false);
    }

    @PostMapping("/{planId}/extensions")
    @Operation(summary = "Grant one expected unit more time, with a reason (administrators of a unit above it)")
    @ApiResponse(responseCode = "400", description = "Not later than the current deadline (extension-not-later) or beyond the granter's own (deadline-order)")
    public PlanView grantExtension(@PathVariable String planId, @Valid @RequestBody ExtensionRequest request, Caller caller) {
        return PlanView.of(deadlines.grantExtension(planId, request, caller), false);
    }

    @PostMapping("/{planId}/close")
    @Operation(summary = "Close an issued plan: no more submissions")
    public PlanView close(@PathVariable String planId, @Valid @RequestBody(required = false) ReasonRequest request, Caller caller) {
        return PlanView.of(plans.close(planId, request == null ? null : request.reason(), caller), false);
    }

    @GetMapping
    @Operation(summary = "The plans that concern the caller's unit, newest first (without their lists of expected units)")
    public List<PlanView> list(@RequestParam(required = false) PlanState state, Caller caller) {
        return queries.list(caller, state).stream().map(plan -> PlanView.of(plan, false)).toList();
    }

    @GetMapping("/{planId}")
    @Operation(summary = "One plan with its expected units; a draft only for its issuing unit")
    public PlanView get(@PathVariable String planId, Caller caller) {
        return PlanView.of(queries.readable(planId, caller), true);
    }

    @GetMapping("/{planId}/audit")
    @Operation(summary = "Every change of the plan: who, when, what, why (its issuing unit)")
    public List<PlanAuditEntry> audit(@PathVariable String planId, Caller caller) {
        return queries.audit(planId, caller);
    }

    @GetMapping("/{planId}/deadlines/{unitCode}")
    @Operation(summary = "The deadline that applies to one expected unit: its extension, its level's internal deadline or the plan's")
    public EffectiveDeadline deadline(@PathVariable String planId, @PathVariable String unitCode, Caller caller) {
        Plan plan = queries.readable(planId, caller);
        ExpectedUnit unit = plan.expectedUnits().stream().filter(u -> u.code().equals(unitCode)).findFirst()
                .orElseThrow(() -> new InvalidPlanException("unitCode", "unit " + unitCode + " is not expected under plan " + planId));
        PlanPublished event = plan.toEvent();
        var deadline = event.effectiveDeadline(unit.code(), unit.ancestry());
        UnitDeadline source = plan.unitDeadlines().stream()
                .filter(d -> d.deadline().equals(deadline)
                        && (d.kind() == UnitDeadline.Kind.EXTENSION ? d.unitCode().equals(unitCode) : unit.ancestry().contains(d.unitCode())))
                .findFirst().orElse(null);
        return new EffectiveDeadline(planId, unitCode, deadline, LOCAL.format(deadline.atZone(PlatformTime.ZONE)),
                source == null ? "PLAN" : source.kind().name(), source == null ? plan.letter().issuingUnitCode() : source.unitCode());
    }
}
