package vn.antt.reporting.planning.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antt.reporting.platform.security.Caller;

/** Imports of units in the background, with their progress, for a page that shows a progress bar. */
@RestController
@RequestMapping("/api/units/import-jobs")
@Tag(name = "Danh mục đơn vị")
public class UnitImportJobController {

    private final UnitImportJobs jobs;

    public UnitImportJobController(UnitImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start importing a file of units in the background (multipart part 'file')",
            description = "Same file, parameters and access as POST /api/units/imports. Answers at once with the job; "
                    + "GET its Location for the progress and, once finished, the report or the refusal's problem details.")
    @ApiResponse(responseCode = "202", description = "The job, started")
    @ApiResponse(responseCode = "403", description = "Not an ADMIN (problem access-refused)")
    @ApiResponse(responseCode = "409", description = "Another import job is running (problem unit-import-conflict)")
    public ResponseEntity<ImportJobView> start(Caller caller, @RequestPart("file") MultipartFile file,
            @Parameter(description = "Date new units and closures take effect; the file's date, else today, when absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestParam(defaultValue = "false") boolean national) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportJob job = jobs.start(caller, file.getOriginalFilename(), content, validFrom, national);
        return ResponseEntity.accepted().location(URI.create("/api/units/import-jobs/" + job.id())).body(job.view());
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "An import job's state, progress and, once finished, report or problem details")
    @ApiResponse(responseCode = "200", description = "The job")
    @ApiResponse(responseCode = "403", description = "Neither the caller who started it nor an ADMIN of the same unit")
    @ApiResponse(responseCode = "404", description = "No such job, or forgotten since (problem unit-import-job-not-found)")
    public ImportJobView get(Caller caller, @PathVariable String jobId) {
        return jobs.get(caller, jobId).view();
    }
}
