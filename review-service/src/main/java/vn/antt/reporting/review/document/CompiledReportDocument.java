package vn.antt.reporting.review.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.planning.PlanLetter;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.platform.document.AdministrativeDocument;
import vn.antt.reporting.platform.document.AdministrativeDocument.Appendix;
import vn.antt.reporting.platform.document.AdministrativeDocument.Block;
import vn.antt.reporting.platform.document.AdministrativeDocument.Heading;
import vn.antt.reporting.platform.document.AdministrativeDocument.Paragraph;
import vn.antt.reporting.platform.document.AdministrativeDocument.Signature;
import vn.antt.reporting.platform.document.AdministrativeDocument.Table;
import vn.antt.reporting.platform.document.IssuingBody;
import vn.antt.reporting.platform.document.OutlineHeadings;
import vn.antt.reporting.platform.text.VietnameseFormat;
import vn.antt.reporting.review.compilation.CompiledReport;
import vn.antt.reporting.review.reviewcase.ReviewState;

/**
 * A level's compiled report (the pre-filled draft of its own report) as an official document (pure): the outline's
 * sections with what each sub-unit wrote there ("Xã Tịnh Sơn:" then its text) and the summed figures where the outline
 * puts them, the completeness line ("149/150 (đạt 99,33%)"), and
 * the appendices — one row per sub-unit with its figures and the totals row, the classification in seed 003's style
 * ("149/163 Xuất sắc"), and where every sub-unit stands. The number is left for the clerk to fill ("Số: …/BC-UBND"), as
 * on a draft; the date is the day it is printed.
 */
public final class CompiledReportDocument {

    static final String TOTALS = "Tổng cộng";
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

    private CompiledReportDocument() {
    }

    /**
     * @param unitName  the compiling unit's name, e.g. "Huyện Sơn Tịnh"
     * @param unitKind  its kind (an administrative unit signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH")
     * @param printedOn today in Asia/Ho_Chi_Minh
     */
    public static AdministrativeDocument of(CompiledReport report, PlanPublished plan, OutlinePublished outline, IssuingBody issuer,
                                            String unitName, String unitKind, LocalDate printedOn) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        outline.indicators().forEach(i -> indicators.put(i.code(), i));
        Map<String, List<FigureValue>> totalsBySection = new HashMap<>();
        for (FigureValue total : report.figures()) {
            Indicator indicator = indicators.get(total.indicator());
            if (indicator != null && indicator.sectionNumber() != null) {
                totalsBySection.computeIfAbsent(indicator.sectionNumber(), s -> new ArrayList<>()).add(total);
            }
        }
        Set<String> children = outline.sections().stream().map(OutlineSection::parentNumber).filter(p -> p != null)
                .collect(Collectors.toSet());
        Map<String, Heading> headings = OutlineHeadings.of(outline);

        PlanLetter letter = plan.letter();
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("Thực hiện Kế hoạch số " + letter.number() + " " + VietnameseFormat.documentDate(letter.issuedOn())
                + " của " + letter.issuingBody() + " về " + lowerFirst(letter.title()) + ", " + unitName
                + " tổng hợp báo cáo của các đơn vị trực thuộc như sau:"));
        body.add(new Paragraph(completeness(report) + "."));
        Map<String, CompiledReport.Section> narratives = new HashMap<>();
        report.sections().forEach(section -> narratives.put(section.number(), section));
        for (OutlineSection section : outline.sections()) {
            body.add(headings.get(section.number()));
            List<CompiledReport.Contribution> contributions = narratives.containsKey(section.number())
                    ? narratives.get(section.number()).contributions() : List.of();
            for (CompiledReport.Contribution contribution : contributions) {
                body.add(new Paragraph(contribution.unitName() + ":"));
                body.addAll(Paragraph.of(contribution.text()));
            }
            for (FigureValue total : totalsBySection.getOrDefault(section.number(), List.of())) {
                Indicator indicator = indicators.get(total.indicator());
                body.add(new Paragraph("- " + indicator.label() + ": " + VietnameseFormat.figure(indicator, total) + "."));
            }
            if (!children.contains(section.number()) && !totalsBySection.containsKey(section.number()) && contributions.isEmpty()) {
                body.add(new Paragraph("……"));
            }
        }

        List<Appendix> appendices = new ArrayList<>();
        appendices.add(new Appendix(label(appendices.size()), "SỐ LIỆU CỦA CÁC ĐƠN VỊ TRỰC THUỘC",
                List.of(figuresTable(report, indicators))));
        indicators.values().stream().filter(i -> i.type() == IndicatorType.CLASSIFICATION).forEach(indicator ->
                report.figures().stream().filter(f -> f.indicator().equals(indicator.code())).findFirst().ifPresent(total ->
                        appendices.add(new Appendix(label(appendices.size()), "KẾT QUẢ XẾP LOẠI: " + indicator.label().toUpperCase(java.util.Locale.ROOT),
                                List.of(new Paragraph(VietnameseFormat.figure(indicator, total) + "."), classificationTable(indicator, total))))));
        appendices.add(new Appendix(label(appendices.size()), "TÌNH HÌNH TỔNG HỢP BÁO CÁO CỦA CÁC ĐƠN VỊ TRỰC THUỘC",
                List.of(new Paragraph(completeness(report) + "."), standingTable(report))));

        boolean administrative = Set.of("PROVINCE", "DISTRICT", "COMMUNE").contains(unitKind);
        return new AdministrativeDocument(issuer.parentBody(), issuer.issuingBody(),
                "……/" + (administrative ? "BC-UBND" : "BC"), issuer.place(), printedOn, "Báo cáo", letter.title(),
                letter.recipientName(), body,
                new Signature(administrative ? List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") : List.of("THỦ TRƯỞNG ĐƠN VỊ"), null),
                List.of(letter.recipientName() == null ? "Như trên" : letter.recipientName(), "Lưu: VT"), appendices);
    }

    /** "Báo cáo tổng hợp 119-KH-UBND - Huyện Sơn Tịnh.docx". */
    public static String fileName(PlanPublished plan, String unitName) {
        return "Báo cáo tổng hợp " + plan.letter().number() + " - " + unitName + ".docx";
    }

    /** "Số đơn vị đã được tổng hợp: 149/150 (đạt 99,33%)": the sub-units accepted of all it reviews directly. */
    static String completeness(CompiledReport report) {
        BigDecimal included = BigDecimal.valueOf(report.included().size());
        BigDecimal all = BigDecimal.valueOf(report.included().size() + report.missing().size());
        return "Số đơn vị đã được tổng hợp: " + VietnameseFormat.achieved(included, all);
    }

    /** One row per included sub-unit with its figures, and the totals row; a column per indicator that has a value. */
    static Table figuresTable(CompiledReport report, Map<String, Indicator> indicators) {
        Set<String> codes = new LinkedHashSet<>();
        indicators.keySet().stream()
                .filter(code -> report.figures().stream().anyMatch(f -> f.indicator().equals(code)))
                .forEach(codes::add);
        report.figures().forEach(f -> codes.add(f.indicator()));
        List<String> header = new ArrayList<>(List.of("STT", "Đơn vị"));
        List<Boolean> numeric = new ArrayList<>(List.of(false, false));
        for (String code : codes) {
            Indicator indicator = indicators.get(code);
            header.add(indicator == null ? code : indicator.label()
                    + (indicator.unitOfMeasure() == null ? "" : " (" + indicator.unitOfMeasure() + ")"));
            numeric.add(true);
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (CompiledReport.IncludedUnit unit : report.included()) {
            rows.add(row(Integer.toString(n++), unit.name(), unit.figures(), codes, indicators));
        }
        rows.add(row("", TOTALS, report.figures(), codes, indicators));
        return new Table(header, rows, true, numeric);
    }

    /** A cell's text: the value without its unit of measure (the column says it), qualifier kept: "hơn 100". */
    static String cell(Indicator indicator, FigureValue value) {
        if (indicator == null) {
            return VietnameseFormat.qualified(value.qualifier(), value.amount());
        }
        Indicator bare = new Indicator(indicator.code(), indicator.sectionNumber(), indicator.label(), indicator.type(), null,
                indicator.type() == IndicatorType.PAIRED_COUNT ? indicator.secondUnitOfMeasure() : null,
                indicator.categories(), indicator.required());
        return VietnameseFormat.figure(bare, value);
    }

    private static List<String> row(String number, String name, List<FigureValue> figures, Set<String> codes,
                                    Map<String, Indicator> indicators) {
        List<String> row = new ArrayList<>(List.of(number, name));
        for (String code : codes) {
            row.add(figures.stream().filter(f -> f.indicator().equals(code)).findFirst()
                    .map(f -> cell(indicators.get(code), f)).orElse(""));
        }
        return row;
    }

    /** Seed 003's classification: "Xuất sắc | 149/163 | 91,41%". */
    static Table classificationTable(Indicator indicator, FigureValue total) {
        BigDecimal all = total.breakdown().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<String> categories = new LinkedHashSet<>(indicator.categories());
        categories.addAll(total.breakdown().keySet());
        List<List<String>> rows = new ArrayList<>();
        for (String category : categories) {
            BigDecimal count = total.breakdown().getOrDefault(category, BigDecimal.ZERO);
            BigDecimal percent = VietnameseFormat.percent(count, all);
            rows.add(List.of(category, VietnameseFormat.number(count) + "/" + VietnameseFormat.number(all),
                    percent == null ? "" : VietnameseFormat.number(percent) + "%"));
        }
        return new Table(List.of("Xếp loại", "Số đơn vị", "Tỷ lệ"), rows, false, List.of(false, true, true));
    }

    /** Every sub-unit this level reviews directly, and where it stands. */
    static Table standingTable(CompiledReport report) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (CompiledReport.IncludedUnit unit : report.included()) {
            rows.add(List.of(Integer.toString(n++), unit.name(), "Đã tiếp nhận, tổng hợp (phiên bản " + unit.version() + ")"));
        }
        for (CompiledReport.MissingUnit unit : report.missing()) {
            rows.add(List.of(Integer.toString(n++), unit.name(), standing(unit.state())));
        }
        return new Table(List.of("STT", "Đơn vị", "Tình trạng"), rows, false, List.of(false, false, false));
    }

    static String standing(ReviewState state) {
        return switch (state) {
            case AWAITING_SUBMISSION -> "Chưa gửi báo cáo";
            case SUBMITTED -> "Đã gửi, chờ thẩm định";
            case ACCEPTED -> "Đã tiếp nhận ở cấp khác, chưa tổng hợp";
            case RETURNED -> "Trả lại để hoàn thiện";
            case FINAL -> "Đã hoàn tất ở cấp khác";
            case REOPENED -> "Đã mở lại để hoàn thiện";
        };
    }

    private static String label(int index) {
        return "Phụ lục " + (index < ROMAN.length ? ROMAN[index] : Integer.toString(index + 1));
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
