package vn.antt.reporting.planning.outline;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antt.reporting.planning.unit.Administrators;
import vn.antt.reporting.platform.security.Caller;

/** Report outlines: written by province administrators, read by everybody who reports. */
@RestController
@RequestMapping("/api/outlines")
@Validated
@Tag(name = "Đề cương báo cáo", description = "Versioned report outlines: sections, indicators and validation rules")
public class OutlineController {

    static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private final OutlineService outlines;
    private final Administrators administrators;

    public OutlineController(OutlineService outlines, Administrators administrators) {
        this.outlines = outlines;
        this.administrators = administrators;
    }

    @PostMapping("/{outlineId}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a new outline: its version 1 (province or national administrators)")
    @ApiResponse(responseCode = "201", description = "Stored and published")
    @ApiResponse(responseCode = "400", description = "Problem invalid-outline naming each field at fault (duplicate section number, unknown indicator in a rule...)")
    @ApiResponse(responseCode = "409", description = "The id is taken (problem outline-exists)")
    public OutlineView create(@PathVariable @Pattern(regexp = ID_PATTERN) String outlineId,
                              @Valid @RequestBody OutlineRequest request, Caller caller) {
        administrators.requireIssuer(caller);
        return OutlineView.of(outlines.create(outlineId, request, caller));
    }

    @PostMapping("/{outlineId}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write the next version of an outline; plans keep the version they were issued with")
    public OutlineView newVersion(@PathVariable String outlineId, @Valid @RequestBody OutlineRequest request, Caller caller) {
        administrators.requireIssuer(caller);
        return OutlineView.of(outlines.newVersion(outlineId, request, caller));
    }

    @GetMapping("/{outlineId}")
    @Operation(summary = "The latest version of an outline")
    public OutlineView latest(@PathVariable String outlineId) {
        return OutlineView.of(outlines.latest(outlineId).orElseThrow(() -> new OutlineNotFoundException(outlineId, null)));
    }

    @GetMapping("/{outlineId}/versions")
    @Operation(summary = "Every version of an outline, oldest first")
    public List<OutlineView> versions(@PathVariable String outlineId) {
        return outlines.versions(outlineId).stream().map(OutlineView::of).toList();
    }

    @GetMapping("/{outlineId}/versions/{version}")
    @Operation(summary = "One version of an outline")
    public OutlineView version(@PathVariable String outlineId, @PathVariable @Min(1) int version) {
        return OutlineView.of(outlines.get(outlineId, version));
    }
}
