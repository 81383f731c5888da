package vn.antt.reporting.submission.submission;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.antt.reporting.platform.security.Caller;

@RestController
@RequestMapping("/api/submissions")
class SubmissionController {

    private final SubmissionService submissions;

    SubmissionController(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /**
     * Submits the next version of a unit's report. With an {@code Idempotency-Key}, a retry of the same
     * request answers with the first result (header {@code Idempotent-Replayed: true}) and stores nothing.
     */
    @PostMapping
    ResponseEntity<SubmissionView> submit(Caller caller,
            @RequestHeader(name = "Idempotency-Key", required = false)
            @Size(min = 1, max = 128) @Pattern(regexp = "[\\x21-\\x7E]+") String idempotencyKey,
            @Valid @RequestBody SubmitReportRequest request) {
        SubmitResult result = submissions.submit(caller, request, idempotencyKey);
        SubmissionView stored = SubmissionView.of(result.submission());
        return ResponseEntity.created(URI.create("/api/submissions/" + stored.id()))
                .header("Idempotent-Replayed", Boolean.toString(result.replayed()))
                .body(stored);
    }

    /** Withdraws a version no reviewer has acted on (the unit's clerk); it stops counting everywhere. */
    @PostMapping("/{id}/withdrawal")
    SubmissionView withdraw(Caller caller, @PathVariable String id, @Valid @RequestBody(required = false) WithdrawalRequest request) {
        return SubmissionView.of(submissions.withdraw(caller, id, request == null ? null : request.reason()));
    }

    /** What changed from the previous version (or from {@code against}), per section and per indicator. */
    @GetMapping("/{id}/changes")
    VersionChanges changes(Caller caller, @PathVariable String id, @RequestParam(required = false) Integer against) {
        return submissions.changes(caller, id, against);
    }

    @GetMapping("/{id}")
    SubmissionView get(Caller caller, @PathVariable String id) {
        return SubmissionView.of(submissions.get(caller, id));
    }

    @GetMapping
    List<SubmissionView> list(Caller caller, @RequestParam String planId, @RequestParam String unitCode) {
        return submissions.versions(caller, planId, unitCode).stream().map(SubmissionView::of).toList();
    }
}
