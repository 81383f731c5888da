package vn.antt.reporting.platform.document;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative document (văn bản hành chính) in the parts Nghị định 30/2020/NĐ-CP gives it, ready to be laid out
 * by {@link AdministrativeDocumentWriter}. Pure data: the services build it from what they own (a version of a unit's
 * report, a compiled report).
 *
 * @param parentBody  the issuing body's parent (cơ quan chủ quản), e.g. "UBND HUYỆN SƠN TỊNH"; null when there is none
 * @param issuingBody e.g. "ỦY BAN NHÂN DÂN XÃ TỊNH SƠN"
 * @param number      number and symbol, e.g. "163/BC-UBND" (printed "Số: 163/BC-UBND")
 * @param place       địa danh, e.g. "Tịnh Sơn"
 * @param issuedOn    the document's date
 * @param type        tên loại, e.g. "BÁO CÁO"
 * @param subject     trích yếu
 * @param addressee   "Kính gửi: …" (without the words), or null
 * @param body        the content in order
 * @param signature   the signer's block
 * @param recipients  nơi nhận, one per line (without the leading "- " and the trailing ";")
 * @param appendices  phụ lục, each on its own landscape pages after the signature
 */
public record AdministrativeDocument(String parentBody, String issuingBody, String number, String place, LocalDate issuedOn,
                                     String type, String subject, String addressee, List<Block> body, Signature signature,
                                     List<String> recipients, List<Appendix> appendices) {

    public AdministrativeDocument {
        body = body == null ? List.of() : List.copyOf(body);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        appendices = appendices == null ? List.of() : List.copyOf(appendices);
    }

    /** A part of the content. */
    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /**
     * A heading of the outline: level 1 "I. ĐÁNH GIÁ TÌNH HÌNH" (bold, upper case), level 2 "1. …" (bold), level 3 and
     * below "2.1. …" (bold italic).
     */
    public record Heading(int level, String number, String title) implements Block {
    }

    /** Body text; a single line break inside is kept as a line break. */
    public record Paragraph(String text) implements Block {

        /** A unit's text as paragraphs: cut at its blank lines, single line breaks kept inside a paragraph. */
        public static List<Paragraph> of(String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            return java.util.Arrays.stream(text.strip().split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty())
                    .map(Paragraph::new).toList();
        }
    }

    /**
     * A table with a header row; with {@code totals} its last row is the totals row (bold).
     *
     * @param numeric per column, whether it holds figures (right-aligned)
     */
    public record Table(List<String> header, List<List<String>> rows, boolean totals, List<Boolean> numeric) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = numeric == null ? header.stream().map(h -> false).toList() : List.copyOf(numeric);
        }
    }

    /**
     * The signer's block: "TM. ỦY BAN NHÂN DÂN" and "CHỦ TỊCH" (authority and title, each a line, upper case), then the
     * name. The lines come as the unit wrote them.
     */
    public record Signature(List<String> authorityLines, String name) {

        public Signature {
            authorityLines = authorityLines == null ? List.of() : List.copyOf(authorityLines);
        }
    }

    /** "Phụ lục I", its title (printed in capitals), the line "(Kèm theo Báo cáo số … ngày …)", its content. */
    public record Appendix(String label, String title, List<Block> content) {

        public Appendix {
            content = List.copyOf(content);
        }
    }
}
