package vn.antt.reporting.review.reviewcase;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antt.reporting.platform.security.Caller;

/** Review cases: worklists, accept, return, bulk accept, and the audit trail (read only). */
@RestController
@RequestMapping("/api/review-cases")
@Validated
@Tag(name = "Xét duyệt báo cáo", description = "Approval of each unit's report up its plan's chain")
class ReviewCaseController {

    private final ReviewCaseService cases;

    ReviewCaseController(ReviewCaseService cases) {
        this.cases = cases;
    }

    @GetMapping("/worklist")
    @Operation(summary = "What waits for the caller's unit (REVIEWER), oldest first, with warnings and the link to the changes")
    List<ReviewCaseView> worklist(Caller caller, @RequestParam(required = false) String planId) {
        return cases.worklist(caller, planId).stream().map(ReviewCaseView::of).toList();
    }

    @GetMapping("/{planId}")
    @Operation(summary = "Every expected unit below the caller's unit with the state of its case (AWAITING_SUBMISSION when none)")
    List<ReviewCaseView> overview(Caller caller, @PathVariable String planId) {
        return cases.overview(caller, planId).stream().map(ReviewCaseView::of).toList();
    }

    @GetMapping("/{planId}/{unitCode}")
    ReviewCaseView get(Caller caller, @PathVariable String planId, @PathVariable String unitCode) {
        return ReviewCaseView.of(cases.get(caller, planId, unitCode));
    }

    @PostMapping("/{planId}/{unitCode}/acceptance")
    @Operation(summary = "Accept at the current level (the top level's acceptance makes the report final)")
    ReviewCaseView accept(Caller caller, @PathVariable String planId, @PathVariable String unitCode,
            @Valid @RequestBody(required = false) ReviewRequests.Accept request) {
        return ReviewCaseView.of(cases.accept(caller, planId, unitCode, request == null ? null : request.version()));
    }

    @PostMapping("/{planId}/{unitCode}/return")
    @Operation(summary = "Return with a reason (required) and notes on sections and indicators")
    ReviewCaseView giveBack(Caller caller, @PathVariable String planId, @PathVariable String unitCode,
            @Valid @RequestBody ReviewRequests.Return request) {
        return ReviewCaseView.of(cases.giveBack(caller, planId, unitCode, request));
    }

    @PostMapping("/{planId}/{unitCode}/reopening")
    @Operation(summary = "Reopen a final report with a reason (REVIEWER of the final level): the unit may then submit the next version")
    ReviewCaseView reopen(Caller caller, @PathVariable String planId, @PathVariable String unitCode,
            @Valid @RequestBody ReviewRequests.Reopen request) {
        return ReviewCaseView.of(cases.reopen(caller, planId, unitCode, request));
    }

    @PostMapping("/{planId}/acceptances")
    @Operation(summary = "Accept many cases at once; each unit's outcome, refusals with their rule")
    List<ReviewRequests.BulkOutcome> acceptAll(Caller caller, @PathVariable String planId,
            @Valid @RequestBody ReviewRequests.BulkAccept request) {
        return cases.acceptAll(caller, planId, request.unitCodes());
    }

    @GetMapping("/{planId}/{unitCode}/audit")
    @Operation(summary = "The append-only audit trail of the case, for the levels above the unit; nothing in it can be changed")
    List<CaseAuditEntry> audit(Caller caller, @PathVariable String planId, @PathVariable String unitCode) {
        return cases.audit(caller, planId, unitCode);
    }
}
