package vn.antt.reporting.review.compilation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.platform.security.Caller;

@RestController
@Tag(name = "Tổng hợp báo cáo", description = "An intermediate level's own report, pre-filled from its accepted sub-units")
class CompilationController {

    private final CompilationService compilations;
    private final CompilationDrafts drafts;

    CompilationController(CompilationService compilations, CompilationDrafts drafts) {
        this.compilations = compilations;
        this.drafts = drafts;
    }

    @GetMapping("/api/compilations/{planId}/{unitCode}")
    @Operation(summary = "Sums over the sub-units this level accepted, with the sub-units included and missing")
    CompiledReport compile(Caller caller, @PathVariable String planId, @PathVariable String unitCode) {
        return compilations.compile(caller, planId, unitCode);
    }

    @PostMapping("/api/compilations/{planId}/{unitCode}/draft")
    @Operation(summary = "Save the compilation as this level's own draft in submission-service (CLERK of the unit): figures summed, "
            + "each section pre-filled with the sub-units' texts in order; the draft's document and other sections kept. "
            + "503 submission-service-unavailable when submission-service does not answer")
    JsonNode saveAsDraft(Caller caller, @PathVariable String planId, @PathVariable String unitCode) {
        return drafts.saveAsDraft(caller, planId, unitCode);
    }
}
