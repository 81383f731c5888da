package vn.antt.reporting.submission.draft;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.submission.submission.SubmissionView;
import vn.antt.reporting.submission.submission.SubmitResult;

/** Drafts of a unit's report for a plan: its clerks save, read with the checks a submit would make, submit. */
@RestController
@RequestMapping("/api/drafts/{planId}/{unitCode}")
@Validated
@Tag(name = "Bản nháp báo cáo", description = "Partial reports saved by a unit's clerks before they submit")
class DraftController {

    private final DraftService drafts;

    DraftController(DraftService drafts) {
        this.drafts = drafts;
    }

    @PutMapping
    @Operation(summary = "Save the whole draft; baseRevision is the revision it was read at (0 for a new one), else 409 draft-changed")
    Draft save(Caller caller, @PathVariable String planId, @PathVariable String unitCode, @Valid @RequestBody DraftRequest request) {
        return drafts.save(caller, planId, unitCode, request);
    }

    @GetMapping
    @Operation(summary = "The draft, with the blocking errors and warnings a submit would meet now")
    DraftView read(Caller caller, @PathVariable String planId, @PathVariable String unitCode) {
        return drafts.read(caller, planId, unitCode);
    }

    @DeleteMapping
    @Operation(summary = "Discard the draft")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String planId, @PathVariable String unitCode) {
        drafts.delete(caller, planId, unitCode);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/submission")
    @Operation(summary = "Submit the draft as the unit's next version (every check of a submit); the draft is then removed")
    ResponseEntity<SubmissionView> submit(Caller caller, @PathVariable String planId, @PathVariable String unitCode,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1, max = 128) @Pattern(regexp = "[\\x21-\\x7E]+")
            String idempotencyKey) {
        SubmitResult result = drafts.submit(caller, planId, unitCode, idempotencyKey);
        SubmissionView stored = SubmissionView.of(result.submission());
        return ResponseEntity.created(URI.create("/api/submissions/" + stored.id()))
                .header("Idempotent-Replayed", Boolean.toString(result.replayed())).body(stored);
    }
}
