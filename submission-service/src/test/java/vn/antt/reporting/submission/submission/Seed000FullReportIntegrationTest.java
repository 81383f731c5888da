package vn.antt.reporting.submission.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.testsupport.ApiClient;

/**
 * Seed 000 — Tịnh Sơn's report 163/BC-UBND, as officials write it today — entered in full: its whole
 * text, cut at its own headings into the sections of the outline of plan 119, and its figures. It is
 * accepted without warnings and stored word for word. Read from {@code ../shared/seeds} when that folder
 * sits next to the repository (it is not copied into the project), cut by {@link Seed000Text}.
 */
class Seed000FullReportIntegrationTest extends SubmissionApiTest {

    @Test
    void theWholeReportOfSeed000IsAcceptedAndStoredWordForWord() throws IOException {
        Path seed = Seed000Text.file();
        Assumptions.assumeTrue(seed != null, "the seeds are not next to the repository");
        Map<String, String> text = Seed000Text.sections(Files.readAllLines(seed, StandardCharsets.UTF_8));
        String plan = newPlan119("kh-seed000-");
        SubmitReportRequestMother report = SubmitReportRequestMother.tinhSonReport().plan(plan);
        text.forEach(report::section);

        ApiClient clerk = as("vanthu.tinhson", Units.TINH_SON, "CLERK");
        ApiClient.Response response = clerk.post("/api/submissions", report.build());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("warnings").size()).isZero();
        Submission stored = mongo.findById(response.json().path("id").asString(), Submission.class);
        assertThat(stored.sections()).hasSize(9);
        for (SectionText section : stored.sections()) {
            assertThat(section.text()).isEqualTo(Normalizer.normalize(text.get(section.number()), Normalizer.Form.NFC));
        }
        assertThat(stored.sections().stream().mapToInt(s -> s.text().length()).sum()).isGreaterThan(10_000);
        assertThat(stored.figures()).hasSize(12);
        assertThat(stored.document().number()).isEqualTo("163/BC-UBND");
    }
}
