package vn.antt.reporting.planning.unit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antt.reporting.platform.security.Caller;

/** Predecessor links of the units formed by the reform of 1/7/2025: what the last import left unresolved, hand fixes. */
@RestController
@RequestMapping("/api/units")
@Tag(name = "Danh mục đơn vị", description = "Administrative and other reporting units, their hierarchy and validity")
public class PredecessorLinkController {

    private final PredecessorLinkFixes fixes;

    public PredecessorLinkController(PredecessorLinkFixes fixes) {
        this.fixes = fixes;
    }

    /** @param predecessors the version keys of the pre-reform units (valid on 30/6/2025); empty removes every link */
    public record FixRequest(List<String> predecessors, String reason) {
    }

    @GetMapping("/unresolved-predecessors")
    @Operation(summary = "The names the last import of the two-level list could not link, with each unit's links now",
            description = "ADMIN only; the units of the caller's subtree (all for a national unit).")
    public PredecessorLinkFixes.Unresolved unresolved(Caller caller) {
        return fixes.unresolved(caller);
    }

    @PutMapping("/{code}/predecessors")
    @Operation(summary = "Set a new unit's predecessor links by hand (audited, republished on unit-directory)",
            description = "ADMIN of the unit or an ancestor (or of a national unit). The links become exactly the given "
                    + "version keys; the change is an audit record (who, when, before, after, reason).")
    @ApiResponse(responseCode = "200", description = "The unit's links after the change and the audit record")
    @ApiResponse(responseCode = "400", description = "Problem invalid-predecessor-fix naming the field (reason, code, predecessors[i])")
    @ApiResponse(responseCode = "403", description = "Problem access-refused: not an ADMIN, or a unit outside the caller's subtree (field)")
    public PredecessorLinkFixes.FixResult set(Caller caller, @PathVariable String code,
            @Parameter(description = "Day (yyyy-mm-dd) the unit is valid on; today when absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestBody FixRequest request) {
        return fixes.set(caller, code, asOf, request.predecessors(), request.reason());
    }

    @GetMapping("/{code}/predecessors/fixes")
    @Operation(summary = "The audit records of a unit's hand-fixed predecessor links, the latest first")
    public List<PredecessorLinkFixes.FixView> fixes(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return fixes.fixes(code, asOf);
    }
}
