package vn.antt.reporting.submission.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.submission.submission.SubmissionApiTest;
import vn.antt.reporting.submission.submission.SubmitReportRequestMother;
import vn.antt.reporting.testsupport.ApiClient;

/** {@code GET /api/submissions/{id}/document} through HTTP with real tokens: the file, and every refusal as problem details. */
class SubmissionDocumentIntegrationTest extends SubmissionApiTest {

    @Test
    void theClerkAndTheDistrictDownloadTheVersionAsAWordDocument() throws IOException {
        String plan = newPlan119("kh-doc-");
        ApiClient clerk = as("vanthu.tinhson", Units.TINH_SON, "CLERK");
        String id = clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build()).json().path("id").asString();

        for (ApiClient reader : new ApiClient[] {clerk, as("canbo.sontinh", Units.SON_TINH, "REVIEWER")}) {
            ApiClient.BinaryResponse file = reader.getBytes("/api/submissions/" + id + "/document");
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(file.header("Content-Disposition")).isEqualTo(
                    "attachment; filename=\"Bao-cao-163-BC-UBND-Xa-Tinh-Son-phien-ban-1.docx\"; filename*=UTF-8''"
                            + "B%C3%A1o%20c%C3%A1o%20163-BC-UBND%20-%20X%C3%A3%20T%E1%BB%8Bnh%20S%C6%A1n%20-%20phi%C3%AAn%20b%E1%BA%A3n%201.docx");
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.body()))) {
                assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("UBND HUYỆN SƠN TỊNH",
                        "ỦY BAN NHÂN DÂN XÃ TỊNH SƠN", "Số: 163/BC-UBND");
                assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("BÁO CÁO",
                        "Tổ chức hơn 100 lượt tuyên truyền trực tiếp với hơn 8.000 lượt người tham dự.",
                        "- Số lượt tuyên truyền trực tiếp: hơn 100 lượt.");
            }
        }
    }

    @Test
    void anotherUnitsReportAnUnknownVersionAndNoTokenAnswerProblemDetailsNeverAFile() {
        String plan = newPlan119("kh-doc-refused-");
        ApiClient clerk = as("vanthu.tinhson", Units.TINH_SON, "CLERK");
        String id = clerk.post("/api/submissions", SubmitReportRequestMother.tinhSonReport().plan(plan).build()).json().path("id").asString();

        assertProblem(as("vanthu.tinhha", Units.TINH_HA, "CLERK").getBytes("/api/submissions/" + id + "/document"), 404, "submission-not-found");
        assertProblem(as("canbo.binhson", Units.BINH_SON, "REVIEWER").getBytes("/api/submissions/" + id + "/document"), 404, "submission-not-found");
        assertProblem(clerk.getBytes("/api/submissions/khong-co/document"), 404, "submission-not-found");
        ApiClient.BinaryResponse anonymous = ApiClient.on(port).getBytes("/api/submissions/" + id + "/document");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Disposition")).isNull();
    }

    private static void assertProblem(ApiClient.BinaryResponse response, int status, String rule) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("Content-Disposition")).isNull();
        JsonNode problem = JsonMapper.builder().build().readTree(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(problem.path("rule").asString()).isEqualTo(rule);
    }
}
