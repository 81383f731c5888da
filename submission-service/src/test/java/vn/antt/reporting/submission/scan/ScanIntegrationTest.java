package vn.antt.reporting.submission.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.submission.submission.SubmissionApiTest;
import vn.antt.reporting.submission.submission.SubmitReportRequestMother;
import vn.antt.reporting.testsupport.ApiClient;

/**
 * The signed scan of a version: stored in GridFS with its SHA-256, served back byte for byte; refused
 * (with the field named, nothing stored) when it is too large, not a PDF, a second scan, or someone
 * else's report.
 */
class ScanIntegrationTest extends SubmissionApiTest {

    private ApiClient clerk(String user, String unit) {
        return as(user, unit, "CLERK");
    }

    private String submitted(ApiClient clerk) {
        String plan = newPlan119("kh-scan-");
        ApiClient.Response response = clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    private long storedFilesOf(String submissionId) {
        return mongo.getCollection("fs.files").countDocuments(new Document("metadata.submissionId", submissionId));
    }

    @Test
    void theSignedScanIsStoredWithItsDigestAndServedBackByteForByte() throws Exception {
        ApiClient clerk = clerk("vanthu.tinhson", Units.TINH_SON);
        String id = submitted(clerk);
        byte[] pdf = ScanMother.signedReport163();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));

        // A name with directories (and in decomposed Unicode) keeps only its last segment, composed.
        ApiClient.Response attached = clerk.postFile("/api/submissions/" + id + "/scan", "scan",
                "..\\\\..\\\\C:\\\\Ba\u0301o ca\u0301o 163-BC-UBND.pdf", "application/pdf", pdf);

        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        assertThat(attached.json().path("sha256").asString()).isEqualTo(sha256);
        assertThat(attached.json().path("size").asLong()).isEqualTo(pdf.length);
        assertThat(attached.json().path("fileName").asString()).isEqualTo("Báo cáo 163-BC-UBND.pdf");
        assertThat(clerk.get("/api/submissions/" + id).json().path("scan").path("sha256").asString()).isEqualTo(sha256);

        ApiClient reviewer = as("canbo.sontinh", Units.SON_TINH, "REVIEWER");
        ApiClient.BinaryResponse download = reviewer.getBytes("/api/submissions/" + id + "/scan");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("Repr-Digest")).isEqualTo("sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":");

        // The version is immutable: a second scan is refused and nothing more is stored.
        ApiClient.Response again = clerk.postFile("/api/submissions/" + id + "/scan", "scan", "khac.pdf", "application/pdf",
                ScanMother.pdfOfSize(2048));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("rule").asString()).isEqualTo("scan-already-attached");
        assertThat(storedFilesOf(id)).isEqualTo(1);
    }

    @Test
    void whatIsNotAPdfIsRefusedNamingTheFieldAndNothingIsStored() {
        ApiClient clerk = clerk("vanthu.tinhson", Units.TINH_SON);
        String id = submitted(clerk);

        ApiClient.Response disguised = clerk.postFile("/api/submissions/" + id + "/scan", "scan", "bao-cao.pdf", "application/pdf",
                "Đây không phải là tệp PDF".getBytes(StandardCharsets.UTF_8));
        ApiClient.Response declaredText = clerk.postFile("/api/submissions/" + id + "/scan", "scan", "bao-cao.txt", "text/plain",
                ScanMother.signedReport163());
        ApiClient.Response truncated = clerk.postFile("/api/submissions/" + id + "/scan", "scan", "bao-cao.pdf", "application/pdf",
                java.util.Arrays.copyOf(ScanMother.signedReport163(), 60));
        ApiClient.Response wrongPart = clerk.postFile("/api/submissions/" + id + "/scan", "file", "bao-cao.pdf", "application/pdf",
                ScanMother.signedReport163());

        for (ApiClient.Response refused : new ApiClient.Response[] {disguised, declaredText, truncated}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(415);
            assertThat(refused.json().path("rule").asString()).isEqualTo("scan-not-pdf");
            assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("scan");
        }
        assertThat(wrongPart.status()).as(wrongPart.body()).isEqualTo(400);
        assertThat(wrongPart.json().path("errors").get(0).path("field").asString()).isEqualTo("scan");
        assertThat(storedFilesOf(id)).isZero();
        assertThat(clerk.get("/api/submissions/" + id).json().path("scan").isNull()).isTrue();
        assertThat(clerk.getBytes("/api/submissions/" + id + "/scan").status()).isEqualTo(404);
    }

    @Test
    void anOversizedScanIsRefusedByTheServiceOrByTheUploadLimitAndNothingIsStored() {
        ApiClient clerk = clerk("vanthu.tinhson", Units.TINH_SON);
        String id = submitted(clerk);

        ApiClient.Response overLimit = clerk.postFile("/api/submissions/" + id + "/scan", "scan", "lon.pdf", "application/pdf",
                ScanMother.pdfOfSize(10 * 1024 * 1024 + 1));
        ApiClient.Response overUpload = clerk.postFile("/api/submissions/" + id + "/scan", "scan", "rat-lon.pdf", "application/pdf",
                ScanMother.pdfOfSize(13 * 1024 * 1024));

        assertThat(overLimit.status()).as(overLimit.body()).isEqualTo(413);
        assertThat(overLimit.json().path("rule").asString()).isEqualTo("scan-too-large");
        assertThat(overLimit.json().path("errors").get(0).path("field").asString()).isEqualTo("scan");
        assertThat(overUpload.status()).as(overUpload.body()).isEqualTo(413);
        assertThat(overUpload.json().path("rule").asString()).isEqualTo("upload-too-large");
        assertThat(storedFilesOf(id)).isZero();
    }

    @Test
    void onlyAClerkOfTheUnitAttachesItsScan() {
        ApiClient clerk = clerk("vanthu.tinhson", Units.TINH_SON);
        String id = submitted(clerk);

        ApiClient.Response otherCommune = clerk("vanthu.tinhha", Units.TINH_HA).postFile("/api/submissions/" + id + "/scan",
                "scan", "bao-cao.pdf", "application/pdf", ScanMother.signedReport163());
        ApiClient.Response districtReviewer = as("canbo.sontinh", Units.SON_TINH, "REVIEWER")
                .postFile("/api/submissions/" + id + "/scan", "scan", "bao-cao.pdf", "application/pdf", ScanMother.signedReport163());

        assertThat(otherCommune.status()).isEqualTo(404);
        assertThat(districtReviewer.status()).isEqualTo(403);
        assertThat(storedFilesOf(id)).isZero();
    }
}
