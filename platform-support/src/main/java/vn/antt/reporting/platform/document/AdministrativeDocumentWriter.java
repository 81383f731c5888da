package vn.antt.reporting.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.antt.reporting.platform.document.AdministrativeDocument.Appendix;
import vn.antt.reporting.platform.document.AdministrativeDocument.Block;
import vn.antt.reporting.platform.document.AdministrativeDocument.Heading;
import vn.antt.reporting.platform.document.AdministrativeDocument.Paragraph;
import vn.antt.reporting.platform.document.AdministrativeDocument.Table;
import vn.antt.reporting.platform.text.VietnameseFormat;

/**
 * Lays out an {@link AdministrativeDocument} as a Word file in the state format of Nghị định 30/2020/NĐ-CP (Phụ lục I):
 * A4, Times New Roman; margins top and bottom 20 mm, left 30 mm, right 15 mm; page numbers centred in the header from
 * the second page on; a borderless two-column header — the parent body (upper case, 13 pt) and the issuing body (upper
 * case, bold, 13 pt, a short rule below) above "Số: …" (13 pt) on the left, the national title (upper case, bold,
 * 13 pt) and the motto (bold, 14 pt, a rule below as long as it) above the place and date (italic, 14 pt) on the right;
 * the type ("BÁO CÁO") and the subject (bold, 14 pt, centred, a short rule below); the body in 14 pt, justified, first
 * lines indented 1,27 cm; the signer's block (bold, 14 pt, upper case authority and title) on the right and
 * "Nơi nhận:" (bold italic, 12 pt) with the recipients (11 pt) on the left. Appendices follow on landscape pages.
 * Pure: the same document gives the same file, and nothing is sent before it is whole.
 */
public final class AdministrativeDocumentWriter {

    public static final String FONT = "Times New Roman";
    /** Sizes in points, each where the decree's range puts it. */
    public static final int BODY_SIZE = 14;
    public static final int HEADER_SIZE = 13;
    public static final int MOTTO_SIZE = 14;
    public static final int RECIPIENTS_LABEL_SIZE = 12;
    public static final int RECIPIENTS_SIZE = 11;
    public static final int TABLE_SIZE = 12;
    /** A4 and the margins in twentieths of a point (1 mm = 56,7). */
    public static final int A4_WIDTH = 11906;
    public static final int A4_HEIGHT = 16838;
    public static final int MARGIN_TOP = 1134;
    public static final int MARGIN_BOTTOM = 1134;
    public static final int MARGIN_LEFT = 1701;
    public static final int MARGIN_RIGHT = 851;
    private static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int LANDSCAPE_TEXT_WIDTH = A4_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int LEFT_COLUMN = 3800;
    private static final int FIRST_LINE_INDENT = 720;

    private AdministrativeDocumentWriter() {
    }

    /** The whole .docx in memory: a failure throws before anything is sent. */
    public static byte[] write(AdministrativeDocument document) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaults(doc);
            CTSectPr section = page(doc);
            headerBlock(doc, document);
            title(doc, document);
            for (Block block : document.body()) {
                block(doc, block, TEXT_WIDTH);
            }
            signature(doc, document);
            if (!document.appendices().isEmpty()) {
                landscapeFromHere(doc, section);
                for (int i = 0; i < document.appendices().size(); i++) {
                    appendix(doc, document, document.appendices().get(i));
                    if (i < document.appendices().size() - 1) {
                        // Each appendix is its own section, numbered from 1 (Nghị định 30/2020, Phụ lục I, III.1.đ).
                        doc.createParagraph().getCTP().addNewPPr().setSectPr((CTSectPr) section.copy());
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The Word document could not be written", e);
        }
    }

    private static void defaults(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    /** A4 portrait, the margins, a different first page, the page number centred in the header of the others. */
    private static CTSectPr page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        XWPFHeader numbered = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = numbered.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        run(number, "", BODY_SIZE, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(number, "", BODY_SIZE, false, false).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(number, "", BODY_SIZE, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(number, "2", BODY_SIZE, false, false);
        run(number, "", BODY_SIZE, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
        return section;
    }

    private static void headerBlock(XWPFDocument doc, AdministrativeDocument document) {
        XWPFTable table = borderless(doc.createTable(1, 2), LEFT_COLUMN, TEXT_WIDTH - LEFT_COLUMN);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);

        XWPFParagraph first = left.getParagraphs().get(0);
        if (document.parentBody() != null && !document.parentBody().isBlank()) {
            run(centred(first), upper(document.parentBody()), HEADER_SIZE, false, false);
            first = left.addParagraph();
        }
        run(centred(first), upper(document.issuingBody()), HEADER_SIZE, true, false);
        rule(left.addParagraph(), LEFT_COLUMN / 3);
        XWPFParagraph number = centred(left.addParagraph());
        number.setSpacingBefore(120);
        run(number, "Số: " + document.number(), HEADER_SIZE, false, false);

        run(centred(right.getParagraphs().get(0)), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", HEADER_SIZE, true, false);
        XWPFParagraph motto = centred(right.addParagraph());
        run(motto, "Độc lập - Tự do - Hạnh phúc", MOTTO_SIZE, true, false);
        // The rule below the motto is as long as the motto (about 62 mm of the 99 mm column).
        underline(motto, (TEXT_WIDTH - LEFT_COLUMN - 3500) / 2);
        XWPFParagraph date = centred(right.addParagraph());
        date.setSpacingBefore(120);
        run(date, document.place() + ", " + VietnameseFormat.documentDate(document.issuedOn()), BODY_SIZE, false, true);
    }

    private static void title(XWPFDocument doc, AdministrativeDocument document) {
        XWPFParagraph type = centred(doc.createParagraph());
        type.setSpacingBefore(360);
        run(type, upper(document.type()), BODY_SIZE, true, false);
        XWPFParagraph subject = centred(doc.createParagraph());
        run(subject, document.subject(), BODY_SIZE, true, false);
        rule(doc.createParagraph(), TEXT_WIDTH / 3);
        if (document.addressee() != null && !document.addressee().isBlank()) {
            XWPFParagraph to = centred(doc.createParagraph());
            to.setSpacingBefore(240);
            run(to, "Kính gửi: " + document.addressee(), BODY_SIZE, false, false);
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void block(XWPFDocument doc, Block block, int width) {
        if (block instanceof Heading heading) {
            XWPFParagraph p = body(doc.createParagraph());
            p.setKeepNext(true);
            String text = (heading.number() == null || heading.number().isBlank() ? "" : heading.number() + ". ")
                    + (heading.level() <= 1 ? upper(heading.title()) : heading.title());
            run(p, text, BODY_SIZE, true, heading.level() >= 3);
        } else if (block instanceof Paragraph paragraph) {
            run(body(doc.createParagraph()), paragraph.text(), BODY_SIZE, false, false);
        } else if (block instanceof Table table) {
            table(doc, table, width);
        }
    }

    private static void table(XWPFDocument doc, Table table, int width) {
        int columns = table.header().size();
        XWPFTable t = doc.createTable(table.rows().size() + 1, columns);
        t.setWidth(Integer.toString(width));
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            width(cell, width / columns);
            run(centred(cell.getParagraphs().get(0)), table.header().get(c), TABLE_SIZE, true, false);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> values = table.rows().get(r);
            boolean totals = table.totals() && r == table.rows().size() - 1;
            XWPFTableRow row = t.getRow(r + 1);
            for (int c = 0; c < columns; c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                p.setAlignment(table.numeric().get(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                run(p, c < values.size() ? values.get(c) : "", TABLE_SIZE, totals, false);
            }
        }
        doc.createParagraph();
    }

    private static void signature(XWPFDocument doc, AdministrativeDocument document) {
        XWPFTable table = borderless(doc.createTable(1, 2), LEFT_COLUMN + 700, TEXT_WIDTH - LEFT_COLUMN - 700);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);

        XWPFParagraph label = left.getParagraphs().get(0);
        label.setSpacingBefore(240);
        run(label, "Nơi nhận:", RECIPIENTS_LABEL_SIZE, true, true);
        List<String> recipients = document.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            String line = recipients.get(i).strip().replaceAll("^-\\s*", "").replaceAll("[;.,]+$", "");
            run(left.addParagraph(), "- " + line + (i == recipients.size() - 1 ? "." : ";"), RECIPIENTS_SIZE, false, false);
        }

        XWPFParagraph authority = centred(right.getParagraphs().get(0));
        authority.setSpacingBefore(240);
        List<String> lines = document.signature().authorityLines();
        for (int i = 0; i < lines.size(); i++) {
            run(i == 0 ? authority : centred(right.addParagraph()), upper(lines.get(i)), BODY_SIZE, true, false);
        }
        for (int i = 0; i < 3; i++) {
            centred(right.addParagraph());
        }
        if (document.signature().name() != null && !document.signature().name().isBlank()) {
            run(centred(right.addParagraph()), document.signature().name(), BODY_SIZE, true, false);
        }
    }

    /**
     * Ends the portrait section here (its page, margins, headers and different first page go with a paragraph) and
     * turns the rest — the appendices — landscape, numbered on every page.
     */
    private static void landscapeFromHere(XWPFDocument doc, CTSectPr section) {
        CTSectPr portrait = (CTSectPr) section.copy();
        doc.createParagraph().getCTP().addNewPPr().setSectPr(portrait);
        section.getPgSz().setOrient(STPageOrientation.LANDSCAPE);
        section.getPgSz().setW(BigInteger.valueOf(A4_HEIGHT));
        section.getPgSz().setH(BigInteger.valueOf(A4_WIDTH));
        if (section.isSetTitlePg()) {
            section.unsetTitlePg();
        }
        (section.isSetPgNumType() ? section.getPgNumType() : section.addNewPgNumType()).setStart(BigInteger.ONE);
        for (int i = section.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
            CTHdrFtrRef ref = section.getHeaderReferenceArray(i);
            if (ref.getType() == STHdrFtr.FIRST) {
                section.removeHeaderReference(i);
            }
        }
    }

    /**
     * "Phụ lục I" in lower case, 14 pt bold; its name in capitals, bold; the line saying which document it goes with in
     * italics (Nghị định 30/2020, Phụ lục I, III.1.b–c). Each starts a new page: it is a section of its own.
     */
    private static void appendix(XWPFDocument doc, AdministrativeDocument document, Appendix appendix) {
        XWPFParagraph label = centred(doc.createParagraph());
        run(label, appendix.label(), BODY_SIZE, true, false);
        run(centred(doc.createParagraph()), upper(appendix.title()), BODY_SIZE, true, false);
        XWPFParagraph with = centred(doc.createParagraph());
        with.setSpacingAfter(240);
        run(with, "(Kèm theo " + capitalised(document.type()) + " số " + document.number() + " "
                + VietnameseFormat.documentDate(document.issuedOn()) + ")",
                BODY_SIZE, false, true);
        for (Block block : appendix.content()) {
            block(doc, block, LANDSCAPE_TEXT_WIDTH);
        }
    }

    private static XWPFTable borderless(XWPFTable table, int left, int right) {
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setWidth(Integer.toString(left + right));
        width(table.getRow(0).getCell(0), left);
        width(table.getRow(0).getCell(1), right);
        return table;
    }

    private static void width(XWPFTableCell cell, int twips) {
        CTTblWidth width = (cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr()).addNewTcW();
        width.setW(BigInteger.valueOf(twips));
        width.setType(STTblWidth.DXA);
    }

    /** A short centred rule: an empty paragraph's bottom border between wide indents. */
    private static void rule(XWPFParagraph p, int length) {
        int available = p.getBody() instanceof XWPFTableCell ? LEFT_COLUMN : TEXT_WIDTH;
        underline(p, Math.max(0, (available - length) / 2));
        p.setSpacingAfter(0);
        run(p, "", 4, false, false);
    }

    private static void underline(XWPFParagraph p, int indent) {
        p.setBorderBottom(Borders.SINGLE);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
    }

    private static XWPFParagraph centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    private static XWPFParagraph body(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(FIRST_LINE_INDENT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15);
        return p;
    }

    /** A run in Times New Roman; each line break of {@code text} becomes a line break of the run. */
    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            if (!lines[i].isEmpty()) {
                run.setText(lines[i], run.getCTR().sizeOfTArray());
            }
        }
        return run;
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(java.util.Locale.ROOT);
    }

    /** "BÁO CÁO" → "Báo cáo": the type of document as a sentence names it. */
    private static String capitalised(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
