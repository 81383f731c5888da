package vn.antt.reporting.submission.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.platform.document.AdministrativeDocumentWriter;
import vn.antt.reporting.platform.document.IssuingBody;
import vn.antt.reporting.platform.text.VietnameseFormat;
import vn.antt.reporting.submission.submission.OfficialDocument;
import vn.antt.reporting.submission.submission.SectionText;
import vn.antt.reporting.submission.submission.Seed000Text;
import vn.antt.reporting.submission.submission.Submission;
import vn.antt.reporting.submission.submission.SubmissionStatus;

/** Tịnh Sơn's report 163/BC-UBND (seed 000) exported to Word, opened again with POI and checked against the version. */
class ReportDocumentTest {

    private static final OutlinePublished OUTLINE = OutlineMother.outline357();
    private static final IssuingBody TINH_SON = IssuingBody.of(List.of(new IssuingBody.Unit("Xã Tịnh Sơn", "Xã", "COMMUNE"),
            new IssuingBody.Unit("Huyện Sơn Tịnh", "Huyện", "DISTRICT"), new IssuingBody.Unit("Tỉnh Quảng Ngãi", "Tỉnh", "PROVINCE")));

    static Submission report(Map<String, String> sections) {
        List<SectionText> texts = sections.entrySet().stream()
                .map(e -> new SectionText(e.getKey(), Normalizer.normalize(e.getValue(), Normalizer.Form.NFC))).toList();
        return new Submission("s-1", ReportSubmittedMother.PLAN_119, Units.tinhSon(), 1, SubmissionStatus.SUBMITTED,
                new OfficialDocument("163/BC-UBND", LocalDate.of(2025, 6, 6), "Nguyễn Văn A", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH",
                        List.of("Văn phòng HĐND&UBND huyện", "Công an xã", "Lưu VP")),
                texts, ReportSubmittedMother.tinhSonFigures(), List.of(), PlanMother.DEADLINE_119, false,
                Instant.parse("2025-06-06T02:00:00Z"), "vanthu.tinhson", "k", "h", List.of(), List.of(), null);
    }

    static XWPFDocument export(Submission report) throws IOException {
        byte[] file = AdministrativeDocumentWriter.write(ReportDocument.of(report, PlanMother.plan119().build(), OUTLINE, TINH_SON));
        return new XWPFDocument(new ByteArrayInputStream(file));
    }

    @Test
    void seed000KeepsEverySectionWordForWordAndItsFiguresWithTheirQualifiers() throws IOException {
        Path seed = Seed000Text.file();
        Assumptions.assumeTrue(seed != null, "the seeds are not next to the repository");
        Map<String, String> sections = Seed000Text.sections(Files.readAllLines(seed, StandardCharsets.UTF_8));
        Submission report = report(sections);
        try (XWPFDocument doc = export(report)) {
            Map<String, List<String>> printed = bySection(doc);
            assertThat(printed.keySet()).as("the outline's sections in order").containsExactlyElementsOf(
                    OUTLINE.sections().stream().map(OutlineSection::number).toList());
            for (SectionText section : report.sections()) {
                List<String> text = printed.get(section.number()).stream().filter(p -> !isFigureLine(p)).toList();
                assertThat(words(String.join("\n\n", text))).as("section " + section.number() + " word for word")
                        .isEqualTo(words(section.text()));
                assertThat(String.join("\n\n", text)).isEqualTo(section.text().strip().replaceAll("\\n\\s*\\n", "\n\n"));
            }
            assertFigures(doc, printed);
        }
    }

    @Test
    void theMothersReportHasItsHeadingsTextFiguresAndTheFormatsParts() throws IOException {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("I", "Tình hình an ninh chính trị, trật tự, an toàn xã hội trên địa bàn xã cơ bản ổn định.");
        sections.put("II.2.1", "Tổ chức hơn 100 lượt tuyên truyền trực tiếp.\n\nPhối hợp phát hành trên 40 pano, áp phích.");
        try (XWPFDocument doc = export(report(sections))) {
            Map<String, List<String>> printed = bySection(doc);
            assertThat(printed.get("I")).containsExactly(sections.get("I"));
            assertThat(printed.get("II.2.1")).startsWith("Tổ chức hơn 100 lượt tuyên truyền trực tiếp.",
                    "Phối hợp phát hành trên 40 pano, áp phích.");
            assertThat(printed.get("II")).isEmpty();
            assertFigures(doc, printed);

            XWPFTable header = doc.getTables().get(0);
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);
            assertThat(left.getParagraphs().stream().map(XWPFParagraph::getText))
                    .containsSubsequence("UBND HUYỆN SƠN TỊNH", "ỦY BAN NHÂN DÂN XÃ TỊNH SƠN", "Số: 163/BC-UBND");
            assertThat(right.getParagraphs().stream().map(XWPFParagraph::getText)).containsSubsequence(
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tịnh Sơn, ngày 06 tháng 6 năm 2025");
            assertThat(firstRun(right.getParagraphs().get(2)).isItalic()).isTrue();
            assertThat(firstRun(left.getParagraphs().get(1)).isBold()).isTrue();

            List<XWPFParagraph> body = doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
            assertThat(body.get(0).getText()).isEqualTo("BÁO CÁO");
            assertThat(body.get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(body.get(1).getText()).isEqualTo(PlanMother.plan119().build().letter().title());
            assertThat(firstRun(body.get(1)).isBold()).isTrue();
            assertThat(body.get(2).getText()).isEqualTo("I. ĐÁNH GIÁ TÌNH HÌNH");
            assertThat(body.stream().map(XWPFParagraph::getText)).contains("2.1. Kết quả thực hiện các mặt công tác phối hợp",
                    "1. Công tác triển khai quán triệt; lãnh đạo, chỉ đạo thực hiện");

            XWPFTable signer = doc.getTables().get(1);
            assertThat(signer.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText))
                    .containsSubsequence("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A");
            assertThat(signer.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText))
                    .containsExactly("Nơi nhận:", "- Văn phòng HĐND&UBND huyện;", "- Công an xã;", "- Lưu VP.");
            var section = doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr())
                    .findFirst().orElseThrow().getCTP().getPPr().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.isSetTitlePg()).isTrue();
        }
    }

    @Test
    void theFileIsNamedAfterTheNumberTheUnitAndTheVersion() {
        assertThat(ReportDocument.fileName(report(Map.of()))).isEqualTo("Báo cáo 163/BC-UBND - Xã Tịnh Sơn - phiên bản 1.docx");
    }

    /** Each figure in section II.2.1 (where outline 357 puts its indicators) and in the appendix's table, qualifier kept. */
    private static void assertFigures(XWPFDocument doc, Map<String, List<String>> printed) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        OUTLINE.indicators().forEach(i -> indicators.put(i.code(), i));
        XWPFTable table = doc.getTables().get(doc.getTables().size() - 1);
        assertThat(table.getRow(0).getCell(3).getText()).isEqualTo("Số liệu");
        List<FigureValue> figures = ReportSubmittedMother.tinhSonFigures();
        assertThat(table.getRows()).hasSize(figures.size() + 1);
        for (FigureValue figure : figures) {
            Indicator indicator = indicators.get(figure.indicator());
            String text = VietnameseFormat.figure(indicator, figure);
            assertThat(printed.get(indicator.sectionNumber())).contains("- " + indicator.label() + ": " + text + ".");
            assertThat(table.getRows().stream().skip(1).filter(r -> r.getCell(1).getText().equals(indicator.label()))
                    .map(r -> r.getCell(3).getText())).containsExactly(text);
        }
        assertThat(printed.get("II.2.1")).contains("- Số lượt tuyên truyền trực tiếp: hơn 100 lượt.",
                "- Số lượt người tham dự: hơn 8.000 lượt người.", "- Tiền phạt vi phạm hành chính: gần 100.000.000 đồng.",
                "- Súng tự chế thu hồi: 3 khẩu.");
    }

    /** The body's paragraphs under each heading of the outline, by section number. */
    private static Map<String, List<String>> bySection(XWPFDocument doc) {
        Map<String, String> headings = new LinkedHashMap<>();
        Map<String, String> parents = new LinkedHashMap<>();
        OUTLINE.sections().forEach(s -> parents.put(s.number(), s.parentNumber()));
        for (OutlineSection s : OUTLINE.sections()) {
            String shown = s.parentNumber() == null ? s.number() : s.number().substring(s.number().indexOf('.') + 1);
            headings.put(shown + ". " + (s.parentNumber() == null ? s.title().toUpperCase(java.util.Locale.ROOT) : s.title()), s.number());
        }
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String current = null;
        for (XWPFParagraph p : doc.getParagraphs()) {
            String text = p.getText();
            if (headings.containsKey(text) && !sections.containsKey(headings.get(text))) {
                current = headings.get(text);
                sections.put(current, new ArrayList<>());
            } else if (current != null && !text.isBlank()) {
                if (text.startsWith("Phụ lục")) {
                    break;
                }
                sections.get(current).add(text);
            }
        }
        return sections;
    }

    private static boolean isFigureLine(String paragraph) {
        return OUTLINE.indicators().stream().anyMatch(i -> paragraph.startsWith("- " + i.label() + ": "));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).toList();
    }

    private static XWPFRun firstRun(XWPFParagraph p) {
        return p.getRuns().stream().filter(r -> !r.text().isEmpty()).findFirst().orElseThrow();
    }
}
