package vn.antt.reporting.submission.scan;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

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
import vn.antt.reporting.submission.submission.ScanRef;

/** The signed scan (PDF) of a version's official document. */
@RestController
@RequestMapping("/api/submissions/{id}/scan")
@Tag(name = "Bản quét văn bản ký", description = "The signed PDF of a submitted report, kept in GridFS")
class ScanController {

    private final ScanService scans;

    ScanController(ScanService scans) {
        this.scans = scans;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach the signed scan (multipart part 'scan', application/pdf) to a version, once")
    @ApiResponse(responseCode = "201", description = "Stored; the answer carries its size and SHA-256")
    @ApiResponse(responseCode = "409", description = "scan-already-attached")
    @ApiResponse(responseCode = "413", description = "scan-too-large")
    @ApiResponse(responseCode = "415", description = "scan-not-pdf")
    ResponseEntity<ScanRef> attach(Caller caller, @PathVariable String id, @RequestPart("scan") MultipartFile scan) {
        ScanRef stored = scans.attach(caller, id, scan);
        return ResponseEntity.status(201).body(stored);
    }

    @GetMapping(produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Download the signed scan; Repr-Digest carries its SHA-256")
    ResponseEntity<byte[]> download(Caller caller, @PathVariable String id) {
        ScanService.StoredScan scan = scans.read(caller, id);
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(scan.ref().sha256()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(scan.ref().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .eTag("\"" + scan.ref().sha256() + "\"")
                .body(scan.content());
    }
}
