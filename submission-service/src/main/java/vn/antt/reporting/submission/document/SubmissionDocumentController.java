package vn.antt.reporting.submission.document;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.document.AdministrativeDocumentWriter;
import vn.antt.reporting.platform.document.Attachments;
import vn.antt.reporting.platform.document.IssuingBody;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.submission.submission.OutlineNotAvailableException;
import vn.antt.reporting.submission.submission.Submission;
import vn.antt.reporting.submission.submission.SubmissionService;
import vn.antt.reporting.submission.submission.UnknownPlanException;

@RestController
@Tag(name = "Văn bản", description = "A version of a unit's report as a Word document in the state format")
record SubmissionDocumentController(SubmissionService submissions, Plans plans, UnitDirectory directory) {

    /** Same access as {@code GET /api/submissions/{id}}; the file is written whole in memory before anything is sent. */
    @GetMapping("/api/submissions/{id}/document")
    @Operation(summary = "The version as a .docx in the format of Nghị định 30/2020/NĐ-CP (who may read the version)")
    ResponseEntity<byte[]> document(Caller caller, @PathVariable String id) {
        Submission report = submissions.get(caller, id);
        PlanPublished plan = plans.find(report.planId()).orElseThrow(() -> new UnknownPlanException(report.planId()));
        OutlinePublished outline = plans.outlineOf(plan)
                .orElseThrow(() -> new OutlineNotAvailableException(plan.outlineId(), plan.outlineVersion()));
        IssuingBody issuer = IssuingBody.of(directory, report.unit().code(), report.unit().name(), report.unit().kind(),
                plan.letter().issuedOn());
        byte[] file = AdministrativeDocumentWriter.write(ReportDocument.of(report, plan, outline, issuer));
        return Attachments.of(file, Attachments.DOCX, Attachments.safeName(ReportDocument.fileName(report)));
    }
}
