package vn.antt.reporting.review.compilation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antt.reporting.platform.security.Caller;

@RestController
@Tag(name = "Tổng hợp báo cáo", description = "An intermediate level's own report, pre-filled from its accepted sub-units")
class CompilationController {

    private final CompilationService compilations;

    CompilationController(CompilationService compilations) {
        this.compilations = compilations;
    }

    @GetMapping("/api/compilations/{planId}/{unitCode}")
    @Operation(summary = "Sums over the sub-units this level accepted, with the sub-units included and missing")
    CompiledReport compile(Caller caller, @PathVariable String planId, @PathVariable String unitCode) {
        return compilations.compile(caller, planId, unitCode);
    }
}
