package vn.antt.reporting.submission.submission;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

    @PostMapping
    ResponseEntity<SubmissionView> submit(Caller caller, @Valid @RequestBody SubmitReportRequest request) {
        SubmissionView stored = SubmissionView.of(submissions.submit(caller, request));
        return ResponseEntity.created(URI.create("/api/submissions/" + stored.id())).body(stored);
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
