package vn.antt.reporting.aggregation.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.antt.reporting.aggregation.rollup.Contribution;
import vn.antt.reporting.aggregation.rollup.NodeRollup;
import vn.antt.reporting.aggregation.rollup.NodeRollup.Counts;
import vn.antt.reporting.aggregation.rollup.NodeRollup.IndicatorTotal;
import vn.antt.reporting.aggregation.rollup.Rate;
import vn.antt.reporting.aggregation.rollup.VersionFacts;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.platform.text.UnitKindNames;
import vn.antt.reporting.platform.text.VietnameseFormat;

/**
 * A node's roll-up as an .xlsx, streamed with POI's SXSSF (a window of {@value #WINDOW} rows in memory, the rest flushed
 * to a temporary file), so the export of a nation-wide plan's 10.047 communes needs a few megabytes of heap. Sheets:
 * "Tổng hợp" (the node's rates and totals), one per kind of unit (a row per unit with a column per indicator, the
 * totals row of the kind's roll-up and its rates; frozen header, auto-filter), and "Tình trạng" (where every unit
 * stands). Figures stay numbers: a qualifier is part of the cell's format ({@code "hơn "#,##0} shows 100 as "hơn 100"),
 * so sums and filters still work; Excel shows the separators of the reader's locale (8.000 and 99,33% in Vietnamese).
 */
public final class RollupWorkbook {

    static final int WINDOW = 200;
    static final String SUMMARY = "Tổng hợp";
    static final String STATUS = "Tình trạng";
    static final String TOTALS = "Tổng cộng";
    static final List<String> UNIT_COLUMNS = List.of("STT", "Mã đơn vị", "Tên đơn vị", "Trực thuộc", "Tình trạng");
    static final List<String> STATUS_COLUMNS = List.of("STT", "Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Trực thuộc", "Tình trạng",
            "Phiên bản", "Nộp lúc (+07:00)", "Trễ hạn", "Hạn nộp (+07:00)", "Đã tiếp nhận ở cấp", "Đơn vị đã tiếp nhận", "Hoàn tất");

    private RollupWorkbook() {
    }

    /** One column of figures: how it is headed and which number of a value it shows. */
    record Column(String header, Function<FigureValue, BigDecimal> value, boolean percent, boolean keepsQualifier, String indicator) {
    }

    public static void write(RollupExport export, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook);
            List<Column> columns = columns(export.indicators());
            summary(workbook.createSheet(SUMMARY), export, styles);
            Map<String, List<ExpectedUnit>> byKind = export.units().stream()
                    .collect(Collectors.groupingBy(ExpectedUnit::kind, java.util.LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<String, List<ExpectedUnit>> kind : byKind.entrySet()) {
                SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(kindName(kind.getKey())));
                unitsSheet(sheet, export, kind.getValue(), export.kinds().get(kind.getKey()), columns, styles);
            }
            status(workbook.createSheet(STATUS), export, styles);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    public static String kindName(String kind) {
        return UnitKindNames.of(kind);
    }

    /** "Số liệu 119-KH-UBND - Tỉnh Quảng Ngãi.xlsx". */
    public static String fileName(RollupExport export) {
        return "Số liệu " + export.plan().letter().number() + " - " + export.rollup().nodeName() + ".xlsx";
    }

    static List<Column> columns(List<Indicator> indicators) {
        List<Column> columns = new ArrayList<>();
        for (Indicator i : indicators) {
            String unit = i.unitOfMeasure() == null ? "" : " (" + i.unitOfMeasure() + ")";
            switch (i.type()) {
                case PERCENTAGE -> columns.add(new Column(i.label() + " (%)", f -> f.amount().movePointLeft(2), true, true, i.code()));
                case RATIO -> {
                    columns.add(new Column(i.label() + " - đạt" + unit, FigureValue::amount, false, true, i.code()));
                    columns.add(new Column(i.label() + " - tổng số" + (i.secondUnitOfMeasure() == null ? unit : " (" + i.secondUnitOfMeasure() + ")"),
                            FigureValue::secondAmount, false, false, i.code()));
                    columns.add(new Column(i.label() + " - tỷ lệ", f -> f.secondAmount() == null || f.secondAmount().signum() == 0 ? null
                            : f.amount().divide(f.secondAmount(), 6, RoundingMode.HALF_UP), true, false, i.code()));
                }
                case PAIRED_COUNT -> {
                    columns.add(new Column(i.label() + unit, FigureValue::amount, false, true, i.code()));
                    columns.add(new Column(i.label() + (i.secondUnitOfMeasure() == null ? "" : " (" + i.secondUnitOfMeasure() + ")"),
                            FigureValue::secondAmount, false, false, i.code()));
                }
                case CLASSIFICATION -> i.categories().forEach(category ->
                        columns.add(new Column(i.label() + ": " + category, f -> f.breakdown().getOrDefault(category, BigDecimal.ZERO),
                                false, false, i.code())));
                default -> columns.add(new Column(i.label() + unit, FigureValue::amount, false, true, i.code()));
            }
        }
        return columns;
    }

    private static void summary(SXSSFSheet sheet, RollupExport export, Styles styles) {
        NodeRollup rollup = export.rollup();
        int r = 0;
        text(sheet.createRow(r++), 0, "Kế hoạch số " + export.plan().letter().number() + ": " + export.plan().letter().title(),
                styles.bold);
        text(sheet.createRow(r++), 0, "Đơn vị: " + rollup.nodeName() + " (" + rollup.node() + ")", styles.bold);
        text(sheet.createRow(r++), 0, "Số liệu tính đến: " + at(rollup.asOf()) + " (+07:00)", styles.plain);
        r++;
        header(sheet.createRow(r++), List.of("Tình hình nộp báo cáo", "Số đơn vị", "Trên tổng số", "Tỷ lệ", "Diễn giải"), styles);
        r = rates(sheet, r, 0, rollup.counts(), styles);
        r++;
        header(sheet.createRow(r++), List.of("Chỉ tiêu", "Đơn vị tính", "Tạm tính (các báo cáo đã nộp)", "Đã duyệt", "Diễn giải",
                "So với cùng kỳ"), styles);
        Map<String, Indicator> indicators = export.indicators().stream().collect(Collectors.toMap(Indicator::code, i -> i, (a, b) -> a));
        for (IndicatorTotal total : rollup.figures()) {
            Row row = sheet.createRow(r++);
            text(row, 0, total.label(), styles.plain);
            text(row, 1, total.unitOfMeasure() == null ? "" : total.unitOfMeasure(), styles.plain);
            Indicator indicator = indicators.get(total.indicator());
            boolean classification = indicator != null && indicator.type() == IndicatorType.CLASSIFICATION;
            if (total.provisional().units() > 0 && !classification) {
                number(row, 2, total.provisional().amount(), total.provisional().qualifier(), false, false, styles);
            }
            if (total.approved().units() > 0 && !classification) {
                number(row, 3, total.approved().amount(), total.approved().qualifier(), false, false, styles);
            }
            text(row, 4, total.provisional().text(), styles.plain);
            text(row, 5, comparisonText(total.comparison()), styles.plain);
        }
        sheet.setColumnWidth(0, 60 * 256);
        for (int c = 1; c < 6; c++) {
            sheet.setColumnWidth(c, 22 * 256);
        }
    }

    /** The rates of a set of units from column {@code at}: count, of, percent (a real percentage) and the official's text. */
    private static int rates(Sheet sheet, int r, int at, Counts counts, Styles styles) {
        List<Map.Entry<String, Rate>> rates = new ArrayList<>(List.of(
                Map.entry("Đã nộp", counts.submitted()), Map.entry("Nộp đúng hạn", counts.submittedOnTime()),
                Map.entry("Nộp trễ hạn", counts.submittedLate()), Map.entry("Chưa nộp", counts.notSubmitted()),
                Map.entry("Quá hạn, chưa nộp", counts.overdue()), Map.entry("Đã được tiếp nhận", counts.accepted())));
        counts.acceptedAtLevel().forEach((level, rate) -> rates.add(Map.entry("Đã được tiếp nhận ở cấp " + level, rate)));
        rates.add(Map.entry("Bị trả lại", counts.returned()));
        rates.add(Map.entry("Hoàn tất", counts.finalized()));
        for (Map.Entry<String, Rate> rate : rates) {
            Row row = sheet.createRow(r++);
            text(row, at, rate.getKey(), styles.plain);
            number(row, at + 1, rate.getValue().count(), Qualifier.EXACT, false, false, styles);
            number(row, at + 2, rate.getValue().of(), Qualifier.EXACT, false, false, styles);
            if (rate.getValue().percent() != null) {
                number(row, at + 3, rate.getValue().percent().movePointLeft(2), Qualifier.EXACT, true, false, styles);
            }
            text(row, at + 4, rate.getValue().text(), styles.plain);
        }
        return r;
    }

    private static void unitsSheet(SXSSFSheet sheet, RollupExport export, List<ExpectedUnit> units, NodeRollup kind, List<Column> columns,
                                   Styles styles) {
        List<String> headers = new ArrayList<>(UNIT_COLUMNS);
        columns.forEach(c -> headers.add(c.header()));
        header(sheet.createRow(0), headers, styles);
        Instant now = export.rollup().asOf();
        int r = 1;
        for (ExpectedUnit unit : units) {
            Optional<Contribution> contribution = Optional.ofNullable(export.contributions().get(unit.code()));
            Row row = sheet.createRow(r);
            number(row, 0, BigDecimal.valueOf(r), Qualifier.EXACT, false, false, styles);
            text(row, 1, unit.code(), styles.plain);
            text(row, 2, unit.name(), styles.plain);
            text(row, 3, parentName(export, unit), styles.plain);
            text(row, 4, UnitStanding.of(export.plan(), unit, contribution, now).label(), styles.plain);
            Map<String, FigureValue> figures = contribution.flatMap(Contribution::current).map(RollupWorkbook::byIndicator).orElse(Map.of());
            figureCells(row, columns, figures, false, styles);
            r++;
        }
        int lastUnitRow = r - 1;
        if (kind != null) {
            Row totals = sheet.createRow(r++);
            text(totals, 2, TOTALS, styles.bold);
            Map<String, FigureValue> sums = new HashMap<>();
            kind.figures().stream().filter(t -> t.provisional().units() > 0).forEach(t -> sums.put(t.indicator(), asFigure(t)));
            figureCells(totals, columns, sums, true, styles);
            r++;
            header(sheet.createRow(r++), List.of("", "", "Tình hình nộp báo cáo", "Số đơn vị", "Trên tổng số", "Tỷ lệ", "Diễn giải"), styles);
            r = rates(sheet, r, 2, kind.counts(), styles);
        }
        sheet.createFreezePane(3, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastUnitRow, 1), 0, headers.size() - 1));
        sheet.setColumnWidth(0, 7 * 256);
        sheet.setColumnWidth(1, 11 * 256);
        sheet.setColumnWidth(2, 30 * 256);
        sheet.setColumnWidth(3, 24 * 256);
        sheet.setColumnWidth(4, 22 * 256);
        for (int c = UNIT_COLUMNS.size(); c < headers.size(); c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private static void status(SXSSFSheet sheet, RollupExport export, Styles styles) {
        header(sheet.createRow(0), STATUS_COLUMNS, styles);
        Instant now = export.rollup().asOf();
        int r = 1;
        for (ExpectedUnit unit : export.units()) {
            Optional<Contribution> contribution = Optional.ofNullable(export.contributions().get(unit.code()));
            Optional<VersionFacts> current = contribution.flatMap(Contribution::current);
            Row row = sheet.createRow(r);
            number(row, 0, BigDecimal.valueOf(r), Qualifier.EXACT, false, false, styles);
            text(row, 1, unit.code(), styles.plain);
            text(row, 2, unit.name(), styles.plain);
            text(row, 3, kindName(unit.kind()), styles.plain);
            text(row, 4, parentName(export, unit), styles.plain);
            text(row, 5, UnitStanding.of(export.plan(), unit, contribution, now).label(), styles.plain);
            if (current.isPresent()) {
                VersionFacts version = current.get();
                number(row, 6, BigDecimal.valueOf(version.version()), Qualifier.EXACT, false, false, styles);
                if (version.submittedAt() != null) {
                    date(row, 7, version.submittedAt(), styles);
                }
                text(row, 8, contribution.get().late() ? "Có" : "Không", styles.plain);
                text(row, 10, version.acceptedLevels().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")), styles.plain);
                text(row, 11, version.acceptedBy().stream().map(export.names()).collect(Collectors.joining(", ")), styles.plain);
                text(row, 12, version.finalized() ? "Có" : "Không", styles.plain);
            }
            date(row, 9, export.plan().effectiveDeadline(unit.code(), unit.ancestry()), styles);
            r++;
        }
        sheet.createFreezePane(3, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, STATUS_COLUMNS.size() - 1));
        int[] widths = {7, 11, 30, 20, 24, 22, 9, 24, 9, 24, 14, 30, 10};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void figureCells(Row row, List<Column> columns, Map<String, FigureValue> figures, boolean bold, Styles styles) {
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            FigureValue value = figures.get(column.indicator());
            if (value == null) {
                continue;
            }
            BigDecimal shown = column.value().apply(value);
            if (shown != null) {
                number(row, UNIT_COLUMNS.size() + c, shown, column.keepsQualifier() ? value.qualifier() : Qualifier.EXACT,
                        column.percent(), bold, styles);
            }
        }
    }

    static Map<String, FigureValue> byIndicator(VersionFacts version) {
        Map<String, FigureValue> figures = new HashMap<>();
        version.figures().forEach(f -> figures.putIfAbsent(f.indicator(), f));
        return figures;
    }

    /** A roll-up total as a value, so that its cells are the same columns as a unit's. */
    private static FigureValue asFigure(IndicatorTotal total) {
        Map<String, BigDecimal> breakdown = new HashMap<>();
        total.provisional().classification().forEach(share -> breakdown.put(share.category(), share.share().count()));
        return new FigureValue(total.indicator(), total.provisional().qualifier(), total.provisional().amount(),
                total.provisional().secondAmount(), breakdown);
    }

    private static String parentName(RollupExport export, ExpectedUnit unit) {
        return unit.ancestry().isEmpty() ? "" : export.names().apply(unit.ancestry().get(unit.ancestry().size() - 1));
    }

    private static String at(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnameseFormat.ZONE).format(instant);
    }

    private static void header(Row row, List<String> titles, Styles styles) {
        for (int c = 0; c < titles.size(); c++) {
            text(row, c, titles.get(c), styles.header);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, BigDecimal value, Qualifier qualifier, boolean percent, boolean bold, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        boolean whole = !percent && value.stripTrailingZeros().scale() <= 0;
        cell.setCellStyle(styles.number(qualifier, percent, whole, bold));
    }

    private static void date(Row row, int column, Instant instant, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(LocalDateTime.ofInstant(instant, VietnameseFormat.ZONE));
        cell.setCellStyle(styles.dateTime);
    }

    /** The workbook's styles, each made once (a workbook holds at most 64.000). */
    static final class Styles {

        /** "hơn 100": the qualifier is a literal of the number format, so the cell stays a number. */
        static String format(Qualifier qualifier, boolean percent, boolean whole) {
            String word = VietnameseFormat.qualifierWord(qualifier);
            String number = percent ? "0.00%" : whole ? "#,##0" : "#,##0.00";
            return word.isEmpty() ? number : "\"" + word + "\"" + number;
        }

        static final String DATE_TIME = "dd/mm/yyyy hh:mm \"+07:00\"";

        private final SXSSFWorkbook workbook;
        private final Map<String, CellStyle> numbers = new HashMap<>();
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            plain = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat(DATE_TIME));
        }

        CellStyle number(Qualifier qualifier, boolean percent, boolean whole, boolean isBold) {
            String format = format(qualifier, percent, whole);
            return numbers.computeIfAbsent(format + isBold, key -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
                if (isBold) {
                    style.setFont(bold.getFontIndex() >= 0 ? workbook.getFontAt(bold.getFontIndex()) : workbook.createFont());
                }
                return style;
            });
        }
    }

    /**
     * The comparison with last year as the roll-up writes it; across the reform of 1/7/2025 followed by what it rests on:
     * "tăng 10% so với cùng kỳ năm 2025 (11/10 vụ) — gồm số liệu cùng kỳ của Xã A, Xã B; Xã C tính cho Phường D".
     */
    static String comparisonText(vn.antt.reporting.aggregation.rollup.NodeRollup.Comparison comparison) {
        if (comparison == null) {
            return "";
        }
        return comparison.basis() == null ? comparison.text() : comparison.text() + " — " + comparison.basis().text();
    }
}
