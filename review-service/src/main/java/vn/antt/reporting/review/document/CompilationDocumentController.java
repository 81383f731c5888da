package vn.antt.reporting.review.document;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.document.AdministrativeDocumentWriter;
import vn.antt.reporting.platform.document.Attachments;
import vn.antt.reporting.platform.document.IssuingBody;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.text.VietnameseFormat;
import vn.antt.reporting.review.compilation.CompilationService;
import vn.antt.reporting.review.compilation.CompiledReport;

/** The compiled report as a Word document; its own class so that it changes apart from the JSON compilation. */
@RestController
@Tag(name = "Văn bản", description = "A level's compiled report as a Word document in the state format, with its appendices")
record CompilationDocumentController(CompilationService compilations, Plans plans, UnitDirectory directory, Clock clock) {

    /** Same access as {@code GET /api/compilations/{planId}/{unitCode}}; written whole in memory before it is sent. */
    @GetMapping("/api/compilations/{planId}/{unitCode}/document")
    @Operation(summary = "The compiled report as a .docx (Nghị định 30/2020/NĐ-CP): sums where the outline puts them, "
            + "appendices with one row per sub-unit and the totals, the classification and the completeness line")
    ResponseEntity<byte[]> document(Caller caller, @PathVariable String planId, @PathVariable String unitCode) {
        CompiledReport report = compilations.compile(caller, planId, unitCode);
        PlanPublished plan = plans.find(planId).orElseThrow();
        OutlinePublished outline = plans.outlineOf(plan)
                .orElseThrow(() -> new OutlineNotKnownException(plan.outlineId(), plan.outlineVersion()));
        ExpectedUnit expected = plan.expectedUnits().stream().filter(u -> u.code().equals(unitCode)).findFirst().orElse(null);
        // The unit as it was when the plan was issued: codes are reused across the reform of 1/7/2025.
        DirectoryUnit known = directory.find(unitCode, plan.letter().issuedOn()).orElse(null);
        String name = known != null ? known.name() : expected != null ? expected.name() : unitCode;
        String kind = known != null ? known.kind() : expected != null ? expected.kind() : null;
        IssuingBody issuer = IssuingBody.of(directory, unitCode, name, kind, plan.letter().issuedOn());
        LocalDate today = LocalDate.ofInstant(clock.instant(), VietnameseFormat.ZONE);
        byte[] file = AdministrativeDocumentWriter.write(CompiledReportDocument.of(report, plan, outline, issuer, name, kind, today));
        return Attachments.of(file, Attachments.DOCX, Attachments.safeName(CompiledReportDocument.fileName(plan, name)));
    }
}
