package vn.antt.reporting.submission.bulkentry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.platform.text.Nfc;
import vn.antt.reporting.platform.text.VietnameseFormat;
import vn.antt.reporting.platform.text.VietnameseNumbers;
import vn.antt.reporting.submission.submission.SubmitReportRequest.FigureInput;

/**
 * Reads a bulk-entry sheet: row 1 is the header, column A the unit's code, column B optionally its name,
 * then one column per indicator. A header names its indicator by code, alone or at the end in brackets as the
 * template writes it ({@code Số lượt tuyên truyền trực tiếp [propaganda.sessions]}); a classification has one
 * column per category ({@code [xep-loai:Khá]}). Every cell is checked and every fault reported; the reader
 * never stops at the first one.
 */
final class DraftSheetReader {

    static final String UNIT_HEADER = "Mã đơn vị";
    static final String NAME_HEADER = "Tên đơn vị";
    private static final Pattern BRACKETED = Pattern.compile(".*\\[([^\\[\\]]+)]\\s*");
    private static final Pattern PAIR = Pattern.compile("(.+?)(?:\\s*[/;]\\s*|\\s+[-–]\\s+)(.+)");
    private static final BigDecimal MAX = new BigDecimal("1e18");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DraftSheetReader() {
    }

    /** One unit's row: its code as written and the figures of its non-empty cells. */
    record SheetRow(int rowIndex, String unitCode, List<FigureInput> figures) {
    }

    record Result(List<SheetRow> rows, List<SheetCellError> errors) {
    }

    private record Column(int index, Indicator indicator, String category) {
    }

    static Result read(Sheet sheet, OutlinePublished outline, int maxRows) {
        List<SheetCellError> errors = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));
        Row header = sheet.getRow(0);
        if (header == null) {
            errors.add(SheetCellError.at(0, 0, "header", "Dòng 1 phải là dòng tiêu đề: '" + UNIT_HEADER + "', rồi các chỉ tiêu"));
            return new Result(rows, errors);
        }
        List<Column> columns = columns(header, outline, formatter, errors);
        if (sheet.getLastRowNum() > maxRows) {
            errors.add(SheetCellError.at(sheet.getLastRowNum(), 0, "sheet", "Tệp có quá nhiều dòng: tối đa " + maxRows + " đơn vị"));
            return new Result(rows, errors);
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row, formatter)) {
                continue;
            }
            String unitCode = Nfc.of(formatter.formatCellValue(row.getCell(0))).strip();
            if (unitCode.isEmpty()) {
                errors.add(SheetCellError.at(r, 0, "unitCode", "Thiếu mã đơn vị"));
            }
            Map<String, FigureInput> figures = new LinkedHashMap<>();
            Map<String, Map<String, BigDecimal>> breakdowns = new LinkedHashMap<>();
            for (Column column : columns) {
                Cell cell = row.getCell(column.index());
                if (cell == null || formatter.formatCellValue(cell).isBlank()) {
                    continue;
                }
                try {
                    if (column.category() != null) {
                        BigDecimal count = single(cell, column.indicator(), formatter).number();
                        breakdowns.computeIfAbsent(column.indicator().code(), k -> new TreeMap<>()).put(column.category(), count);
                    } else {
                        figures.put(column.indicator().code(), figure(cell, column.indicator(), formatter));
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(SheetCellError.at(r, column.index(), column.indicator().code(), e.getMessage()));
                }
            }
            breakdowns.forEach((code, breakdown) -> figures.put(code, new FigureInput(code, Qualifier.EXACT,
                    breakdown.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), null, breakdown)));
            rows.add(new SheetRow(r, unitCode, List.copyOf(figures.values())));
        }
        return new Result(rows, errors);
    }

    private static List<Column> columns(Row header, OutlinePublished outline, DataFormatter formatter, List<SheetCellError> errors) {
        List<Column> columns = new ArrayList<>();
        String first = Nfc.of(formatter.formatCellValue(header.getCell(0))).strip();
        if (!first.equalsIgnoreCase(UNIT_HEADER) && !first.equalsIgnoreCase("unitCode")) {
            errors.add(SheetCellError.at(0, 0, "header", "Cột A phải là '" + UNIT_HEADER + "'"));
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int c = 1; c < Math.max(header.getLastCellNum(), 1); c++) {
            String text = Nfc.of(formatter.formatCellValue(header.getCell(c))).strip();
            if (text.isEmpty() || text.equalsIgnoreCase(NAME_HEADER)) {
                continue;
            }
            Matcher bracketed = BRACKETED.matcher(text);
            String key = bracketed.matches() ? bracketed.group(1).strip() : text;
            int colon = key.indexOf(':');
            String code = colon < 0 ? key : key.substring(0, colon).strip();
            String category = colon < 0 ? null : key.substring(colon + 1).strip();
            Optional<Indicator> indicator = outline.indicators().stream().filter(i -> i.code().equals(code)).findFirst();
            if (indicator.isEmpty()) {
                errors.add(SheetCellError.at(0, c, "header", "Đề cương không có chỉ tiêu '" + code + "'"));
                continue;
            }
            boolean classification = indicator.get().type() == IndicatorType.CLASSIFICATION;
            if (classification && (category == null || !indicator.get().categories().contains(category))) {
                errors.add(SheetCellError.at(0, c, "header", "Chỉ tiêu '" + code + "' cần một cột cho mỗi loại, ghi "
                        + code + ":<loại>, loại thuộc " + String.join(", ", indicator.get().categories())));
                continue;
            }
            if (!classification && category != null) {
                errors.add(SheetCellError.at(0, c, "header", "Chỉ tiêu '" + code + "' không có phân loại"));
                continue;
            }
            Integer earlier = seen.put(key, c);
            if (earlier != null) {
                errors.add(SheetCellError.at(0, c, "header", "Cột '" + key + "' bị lặp (đã có ở cột "
                        + org.apache.poi.ss.util.CellReference.convertNumToColString(earlier) + ")"));
                continue;
            }
            columns.add(new Column(c, indicator.get(), category));
        }
        return columns;
    }

    private static FigureInput figure(Cell cell, Indicator indicator, DataFormatter formatter) {
        IndicatorType type = indicator.type();
        if (type == IndicatorType.RATIO || type == IndicatorType.PAIRED_COUNT) {
            String example = type == IndicatorType.RATIO ? "149/150" : "30 - 77";
            if (textOf(cell) == null) {
                throw new IllegalArgumentException("Cần hai số, ví dụ " + example);
            }
            VietnameseNumbers.Qualified qualified = VietnameseNumbers.splitQualifier(textOf(cell));
            Matcher pair = PAIR.matcher(qualified.number());
            if (!pair.matches()) {
                throw new IllegalArgumentException("'" + textOf(cell) + "' cần hai số, ví dụ " + example);
            }
            BigDecimal first = checked(VietnameseNumbers.parse(pair.group(1)), indicator);
            BigDecimal second = checked(VietnameseNumbers.parse(pair.group(2)), indicator);
            return new FigureInput(indicator.code(), qualified.qualifier(), first, second, null);
        }
        Value value = single(cell, indicator, formatter);
        return new FigureInput(indicator.code(), value.qualifier(), value.number(), null, null);
    }

    private record Value(Qualifier qualifier, BigDecimal number) {
    }

    private static Value single(Cell cell, Indicator indicator, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            BigDecimal number = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
            // A cell formatted as a percentage holds 0,9933 for 99,33%.
            if (indicator.type() == IndicatorType.PERCENTAGE && cell.getCellStyle().getDataFormatString().contains("%")) {
                number = number.multiply(HUNDRED);
            }
            return new Value(Qualifier.EXACT, checked(number.stripTrailingZeros(), indicator));
        }
        String text = textOf(cell);
        if (text == null) {
            throw new IllegalArgumentException("'" + formatter.formatCellValue(cell) + "' không phải là số");
        }
        VietnameseNumbers.Qualified qualified = VietnameseNumbers.splitQualifier(text);
        String number = qualified.number();
        if (indicator.type() == IndicatorType.PERCENTAGE && number.endsWith("%")) {
            number = number.substring(0, number.length() - 1);
        }
        return new Value(qualified.qualifier(), checked(VietnameseNumbers.parse(number), indicator));
    }

    private static BigDecimal checked(BigDecimal number, Indicator indicator) {
        if (number.signum() < 0) {
            throw new IllegalArgumentException(VietnameseFormat.number(number) + " là số âm; số lượng và số tiền không thể âm");
        }
        if (number.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(VietnameseFormat.number(number) + " quá lớn");
        }
        boolean whole = number.stripTrailingZeros().scale() <= 0;
        if (indicator.type() != IndicatorType.PERCENTAGE && indicator.type() != IndicatorType.MONEY && !whole) {
            throw new IllegalArgumentException(number.toPlainString().replace('.', ',') + " phải là số nguyên ("
                    + indicator.unitOfMeasure() + ")");
        }
        if (indicator.type() == IndicatorType.PERCENTAGE && number.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Tỷ lệ phần trăm không thể lớn hơn 100");
        }
        return number;
    }

    private static String textOf(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING ? Nfc.of(cell.getStringCellValue()).strip() : null;
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

}
