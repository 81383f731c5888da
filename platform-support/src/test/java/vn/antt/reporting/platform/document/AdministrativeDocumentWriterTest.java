package vn.antt.reporting.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import vn.antt.reporting.platform.document.AdministrativeDocument.Appendix;
import vn.antt.reporting.platform.document.AdministrativeDocument.Heading;
import vn.antt.reporting.platform.document.AdministrativeDocument.Paragraph;
import vn.antt.reporting.platform.document.AdministrativeDocument.Signature;
import vn.antt.reporting.platform.document.AdministrativeDocument.Table;

/** The state format of Nghị định 30/2020/NĐ-CP, element by element, read back with POI. */
class AdministrativeDocumentWriterTest {

    static AdministrativeDocument tinhSon(List<Appendix> appendices) {
        return new AdministrativeDocument("UBND huyện Sơn Tịnh", "Ủy ban nhân dân xã Tịnh Sơn", "163/BC-UBND", "Tịnh Sơn",
                LocalDate.of(2025, 6, 6), "Báo cáo", "Tổng kết 10 năm triển khai thực hiện Quyết định số 357/QĐ-UBND", null,
                List.of(new Heading(1, "I", "Đánh giá tình hình"),
                        new Paragraph("- Tình hình an ninh chính trị cơ bản ổn định.\nKhông có vụ việc nghiêm trọng."),
                        new Heading(3, "2.1", "Kết quả thực hiện các mặt công tác phối hợp")),
                new Signature(List.of("TM. Ủy ban nhân dân", "Chủ tịch"), "Nguyễn Văn A"),
                List.of("Văn phòng HĐND&UBND huyện", "Công an xã", "Lưu VP"), appendices);
    }

    static XWPFDocument open(byte[] file) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(file));
    }

    @Test
    void theHeaderIsABorderlessTwoColumnTableWithTheBodiesLeftAndTheNationalTitleRight() throws IOException {
        try (XWPFDocument doc = open(AdministrativeDocumentWriter.write(tinhSon(List.of())))) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("none");
            assertThat(header.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal().toString()).isEqualTo("none");
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);

            assertRun(left.getParagraphs().get(0), "UBND HUYỆN SƠN TỊNH", 13, false, false);
            assertRun(left.getParagraphs().get(1), "ỦY BAN NHÂN DÂN XÃ TỊNH SƠN", 13, true, false);
            assertThat(left.getParagraphs().get(2).getCTP().getPPr().getPBdr().getBottom()).as("short rule").isNotNull();
            assertRun(left.getParagraphs().get(3), "Số: 163/BC-UBND", 13, false, false);

            assertRun(right.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
            assertRun(right.getParagraphs().get(1), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
            assertThat(right.getParagraphs().get(1).getCTP().getPPr().getPBdr().getBottom()).as("rule below the motto").isNotNull();
            assertRun(right.getParagraphs().get(2), "Tịnh Sơn, ngày 06 tháng 6 năm 2025", 14, false, true);
            for (XWPFParagraph p : List.of(left.getParagraphs().get(0), left.getParagraphs().get(3), right.getParagraphs().get(2))) {
                assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            }
        }
    }

    @Test
    void typeSubjectHeadingsAndBodyFollowInOrderInTimesNewRoman() throws IOException {
        try (XWPFDocument doc = open(AdministrativeDocumentWriter.write(tinhSon(List.of())))) {
            List<XWPFParagraph> body = doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
            assertRun(body.get(0), "BÁO CÁO", 14, true, false);
            assertThat(body.get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertRun(body.get(1), "Tổng kết 10 năm triển khai thực hiện Quyết định số 357/QĐ-UBND", 14, true, false);
            assertRun(body.get(2), "I. ĐÁNH GIÁ TÌNH HÌNH", 14, true, false);
            assertThat(body.get(3).getText()).isEqualTo("- Tình hình an ninh chính trị cơ bản ổn định.\nKhông có vụ việc nghiêm trọng.");
            assertThat(body.get(3).getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertRun(body.get(4), "2.1. Kết quả thực hiện các mặt công tác phối hợp", 14, true, true);
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                }
            }
        }
    }

    @Test
    void theSignerIsOnTheRightAndTheRecipientsOnTheLeft() throws IOException {
        try (XWPFDocument doc = open(AdministrativeDocumentWriter.write(tinhSon(List.of())))) {
            XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
            XWPFTableCell left = signature.getRow(0).getCell(0);
            XWPFTableCell right = signature.getRow(0).getCell(1);
            assertRun(left.getParagraphs().get(0), "Nơi nhận:", 12, true, true);
            assertRun(left.getParagraphs().get(1), "- Văn phòng HĐND&UBND huyện;", 11, false, false);
            assertRun(left.getParagraphs().get(3), "- Lưu VP.", 11, false, false);
            assertRun(right.getParagraphs().get(0), "TM. ỦY BAN NHÂN DÂN", 14, true, false);
            assertRun(right.getParagraphs().get(1), "CHỦ TỊCH", 14, true, false);
            XWPFParagraph name = right.getParagraphs().get(right.getParagraphs().size() - 1);
            assertRun(name, "Nguyễn Văn A", 14, true, false);
            assertThat(name.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        }
    }

    @Test
    void a4WithTheDecreesMarginsAndPageNumbersFromTheSecondPage() throws IOException {
        try (XWPFDocument doc = open(AdministrativeDocumentWriter.write(tinhSon(List.of())))) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertPortraitA4(section);
            assertThat(section.isSetTitlePg()).as("a different first page").isTrue();
            String numbered = doc.getHeaderList().stream().map(h -> h._getHdrFtr().xmlText()).filter(x -> x.contains("PAGE"))
                    .findFirst().orElseThrow();
            assertThat(numbered).contains("w:jc w:val=\"center\"");
            assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
        }
    }

    @Test
    void appendicesFollowOnLandscapePagesWithTheirTables() throws IOException {
        Table table = new Table(List.of("STT", "Đơn vị", "Số lượt"), List.of(List.of("1", "Xã Tịnh Sơn", "hơn 100"),
                List.of("", "Tổng cộng", "hơn 100")), true, List.of(false, false, true));
        byte[] file = AdministrativeDocumentWriter.write(tinhSon(List.of(new Appendix("Phụ lục I", "Số liệu", List.of(table)))));
        try (XWPFDocument doc = open(file)) {
            CTSectPr portrait = doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr())
                    .findFirst().orElseThrow().getCTP().getPPr().getSectPr();
            assertPortraitA4(portrait);
            CTSectPr landscape = doc.getDocument().getBody().getSectPr();
            assertThat(landscape.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(landscape.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
            // As the decree's Phụ lục I (III.1) has them: "Phụ lục I" in lower case, the name in capitals.
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("Phụ lục I", "SỐ LIỆU",
                    "(Kèm theo Báo cáo số 163/BC-UBND ngày 06 tháng 6 năm 2025)");
            assertThat(landscape.getPgNumType().getStart()).isEqualTo(BigInteger.ONE);
            XWPFTable appendix = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(appendix.getRow(1).getCell(2).getText()).isEqualTo("hơn 100");
            assertThat(appendix.getRow(2).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void eachAppendixIsASectionOfItsOwnNumberedFromOne() throws IOException {
        Table table = new Table(List.of("STT", "Đơn vị"), List.of(List.of("1", "Xã Tịnh Sơn")), false, List.of(false, false));
        byte[] file = AdministrativeDocumentWriter.write(tinhSon(List.of(new Appendix("Phụ lục I", "Số liệu", List.of(table)),
                new Appendix("Phụ lục II", "Xếp loại", List.of(table)))));
        try (XWPFDocument doc = open(file)) {
            List<CTSectPr> sections = new java.util.ArrayList<>(doc.getParagraphs().stream()
                    .filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr())
                    .map(p -> p.getCTP().getPPr().getSectPr()).toList());
            sections.add(doc.getDocument().getBody().getSectPr());
            // The report (portrait, its first page unnumbered), then one landscape section per appendix, each from page 1.
            assertThat(sections).hasSize(3);
            assertThat(sections.get(0).getPgSz().getOrient()).isNotEqualTo(STPageOrientation.LANDSCAPE);
            for (CTSectPr appendix : sections.subList(1, 3)) {
                assertThat(appendix.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
                assertThat(appendix.getPgNumType().getStart()).isEqualTo(BigInteger.ONE);
                assertThat(appendix.isSetTitlePg()).isFalse();
            }
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.indexOf("Phụ lục II")).isGreaterThan(texts.indexOf("Phụ lục I"));
            assertThat(texts).contains("XẾP LOẠI");
        }
    }

    @Test
    void downloadsCarryAnAsciiFallbackAndTheUtf8Name() {
        assertThat(Attachments.contentDisposition("Báo cáo 163-BC-UBND Xã Tịnh Sơn.docx"))
                .isEqualTo("attachment; filename=\"Bao-cao-163-BC-UBND-Xa-Tinh-Son.docx\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20163-BC-UBND%20X%C3%A3%20T%E1%BB%8Bnh%20S%C6%A1n.docx");
        assertThat(Attachments.safeName("Báo cáo 163/BC-UBND")).isEqualTo("Báo cáo 163-BC-UBND");
    }

    private static void assertPortraitA4(CTSectPr section) {
        assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        // 20–25 mm top and bottom, 30–35 mm left, 15–20 mm right (1 mm = 56,7 twips).
        assertThat(mm(section.getPgMar().getTop())).isBetween(20.0, 25.0);
        assertThat(mm(section.getPgMar().getBottom())).isBetween(20.0, 25.0);
        assertThat(mm(section.getPgMar().getLeft())).isBetween(30.0, 35.0);
        assertThat(mm(section.getPgMar().getRight())).isBetween(15.0, 20.0);
    }

    private static double mm(Object twips) {
        return Math.round(Double.parseDouble(twips.toString()) / 56.7 * 10) / 10.0;
    }

    static void assertRun(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        assertThat(p.getText()).isEqualTo(text);
        XWPFRun run = p.getRuns().stream().filter(r -> !r.text().isEmpty()).findFirst().orElseThrow();
        assertThat(run.getFontSizeAsDouble()).as(text + " size").isEqualTo((double) size);
        assertThat(run.isBold()).as(text + " bold").isEqualTo(bold);
        assertThat(run.isItalic()).as(text + " italic").isEqualTo(italic);
    }
}
