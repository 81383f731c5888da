package vn.antt.reporting.aggregation.export;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antt.reporting.platform.document.Attachments;
import vn.antt.reporting.platform.security.Caller;

@RestController
@Tag(name = "Số liệu tổng hợp", description = "Live roll-ups of a plan per unit of its hierarchy")
class RollupExportController {

    private final RollupExportService exports;

    RollupExportController(RollupExportService exports) {
        this.exports = exports;
    }

    /** Same access as the snapshot; the workbook is finished in a temporary file, then sent and removed. */
    @GetMapping("/api/rollups/{planId}/nodes/{node}/export")
    @Operation(summary = "The node's roll-up as an .xlsx: a sheet per kind of unit (a row per unit, a column per indicator, totals "
            + "and rates), the status of every unit; streamed with SXSSF")
    ResponseEntity<StreamingResponseBody> export(Caller caller, @PathVariable String planId, @PathVariable String node) throws IOException {
        RollupExportService.ExportedFile file = exports.export(caller, planId, node);
        long length;
        try {
            length = Files.size(file.path());
        } catch (IOException e) {
            file.delete();
            throw e;
        }
        StreamingResponseBody body = out -> {
            try {
                Files.copy(file.path(), out);
            } finally {
                file.delete();
            }
        };
        return ResponseEntity.ok()
                .contentType(Attachments.XLSX)
                .contentLength(length)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(Attachments.safeName(file.fileName())))
                .body(body);
    }
}
