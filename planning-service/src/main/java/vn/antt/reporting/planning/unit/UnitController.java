package vn.antt.reporting.planning.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

/** The unit directory's API: reads for every authenticated caller, imports for administrators. */
@RestController
@RequestMapping("/api/units")
@Validated
@Tag(name = "Danh mục đơn vị", description = "Administrative and other reporting units, their hierarchy and validity")
public class UnitController {

    private final UnitQueries queries;
    private final UnitImporter importer;
    private final UnitImportAccess access;

    public UnitController(UnitQueries queries, UnitImporter importer, UnitImportAccess access) {
        this.queries = queries;
        this.importer = importer;
        this.access = access;
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit by code, with its ancestry: the one the code names on a date, else today, else last")
    @ApiResponse(responseCode = "200", description = "The unit")
    @ApiResponse(responseCode = "404", description = "No unit has this code (on that date) (problem unit-not-found)")
    public UnitView get(@PathVariable String code,
            @Parameter(description = "Day (yyyy-mm-dd): the unit the code names that day (codes are reused across the reform of 1/7/2025)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return UnitView.of(queries.get(code, asOf));
    }

    @GetMapping("/{code}/links")
    @Operation(summary = "The pre-reform units a unit was formed from and the units formed from it (merger map of 1/7/2025)")
    public UnitQueries.UnitLinks links(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.links(queries.get(code, asOf));
    }

    @GetMapping("/{code}/versions")
    @Operation(summary = "Every unit a code has named, the earliest first, each with its validity")
    public List<UnitView> versions(@PathVariable String code) {
        List<UnitView> versions = queries.versions(code).stream().map(UnitView::of).toList();
        if (versions.isEmpty()) {
            throw new UnitNotFoundException(code);
        }
        return versions;
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "Units directly below a unit that exist on a date")
    public List<UnitView> children(@PathVariable String code,
            @Parameter(description = "Day of the tree (yyyy-mm-dd); today in Vietnam when absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.children(code, asOf).stream().map(UnitView::of).toList();
    }

    @GetMapping("/{code}/subtree")
    @Operation(summary = "Every unit below a unit, at any depth, that exists on a date")
    public List<UnitView> subtree(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.subtree(code, asOf).stream().map(UnitView::of).toList();
    }

    @GetMapping
    @Operation(summary = "Units that exist on a date, by parent, ancestor and kind, a page at a time, sorted by code")
    public UnitPage list(
            @Parameter(description = "Only the children of this unit") @RequestParam(required = false) String parent,
            @Parameter(description = "Only the units below this one, at any depth") @RequestParam(required = false) String ancestor,
            @RequestParam(required = false) UnitKind kind,
            @Parameter(description = "Day of the tree (yyyy-mm-dd); today in Vietnam when absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "200") @Min(1) @Max(5000) int size) {
        return queries.list(new UnitQueries.UnitFilter(parent, ancestor, kind, asOf), page, size);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a file of units (multipart part 'file')",
            description = "The file is the official list of administrative units (shape of dvhcvn.json: 'data' with "
                    + "level1_id/level2s/level3s, optional 'data_date' dd/mm/yyyy) or a unit list ('units' with code, "
                    + "name, type, kind, parentCode). The whole file is validated first; any error refuses all of it. "
                    + "Only what really changes is written and published. ADMIN of a national unit: any file; ADMIN "
                    + "of a province: units of that province only.")
    @ApiResponse(responseCode = "200", description = "What the import created, changed and closed")
    @ApiResponse(responseCode = "400", description = "Problem invalid-unit-import listing every offending record")
    @ApiResponse(responseCode = "403", description = "Not an ADMIN, or units outside the caller's province")
    public ImportReport importFile(Caller caller, @RequestPart("file") MultipartFile file,
            @Parameter(description = "Date new units and closures take effect; the file's date, else today, when absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @Parameter(description = "Take the official list as the complete national list: close provinces it lacks")
            @RequestParam(defaultValue = "false") boolean national) {
        access.requireAdmin(caller);
        try {
            return run(caller, file.getBytes(), validFrom, national);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping(path = "/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import units sent as the JSON body", description = "Same as the multipart import.")
    public ImportReport importBody(Caller caller, @RequestBody byte[] body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestParam(defaultValue = "false") boolean national) {
        access.requireAdmin(caller);
        return run(caller, body, validFrom, national);
    }

    private ImportReport run(Caller caller, byte[] content, LocalDate validFrom, boolean national) {
        return importer.importFile(content, new UnitImporter.ImportOptions(validFrom, national),
                plan -> access.check(caller, plan), ImportProgress.NONE);
    }
}
