package vn.antt.reporting.submission.bulkentry;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antt.reporting.platform.security.Caller;

/** Bulk entry of sub-units' drafts from one Excel sheet. */
@RestController
@RequestMapping("/api/drafts/{planId}/sheet")
@Tag(name = "Nhập liệu hàng loạt", description = "A district's clerk enters its sub-units' figures from one Excel sheet")
class DraftSheetController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DraftSheetService sheets;

    DraftSheetController(DraftSheetService sheets) {
        this.sheets = sheets;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Create or update a draft for every row (multipart part 'sheet', .xlsx); all rows or none",
            description = "Row 1: 'Mã đơn vị', optional 'Tên đơn vị', then indicators by code (alone or as '... [code]'; "
                    + "classifications one column per category '[code:Khá]'). Numbers as written in Vietnamese: 8.000, 99,33, "
                    + "'hơn 100', '149/150', '30 - 77'. The sheet's values replace those indicators in existing drafts.")
    @ApiResponse(responseCode = "200", description = "The drafts written")
    @ApiResponse(responseCode = "400", description = "invalid-draft-sheet: every bad cell with its row and column; nothing written")
    @ApiResponse(responseCode = "409", description = "draft-sheet-conflict: a draft changed meanwhile; nothing kept")
    @ApiResponse(responseCode = "415", description = "sheet-not-xlsx")
    DraftSheetResult importSheet(Caller caller, @PathVariable String planId, @RequestPart("sheet") MultipartFile sheet) {
        return sheets.importSheet(caller, planId, sheet);
    }

    @GetMapping("/template")
    @Operation(summary = "An empty sheet for the caller's sub-units in the plan, with every indicator's column")
    ResponseEntity<byte[]> template(Caller caller, @PathVariable String planId) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("nhap-lieu-" + planId + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(sheets.template(caller, planId));
    }
}
