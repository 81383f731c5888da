package vn.antt.reporting.submission.bulkentry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Bulk-entry sheets as a district's clerk fills them: text cells as typed ("8.000", "hơn 100", "149/150"),
 * numeric cells as Excel stores them, percentages formatted with %.
 */
public final class DraftSheetMother {

    /** A numeric cell shown with a percentage format: Excel stores 0,9933 for 99,33%. */
    public record Percent(double fraction) {
    }

    private final List<Object[]> rows = new ArrayList<>();

    private DraftSheetMother(Object... header) {
        rows.add(header);
    }

    public static DraftSheetMother withHeader(Object... header) {
        return new DraftSheetMother(header);
    }

    /** Sơn Tịnh's sheet for plan 119: Tịnh Sơn's figures of its report 163/BC-UBND, and Tịnh Hà's. */
    public static DraftSheetMother sonTinhFor119() {
        return withHeader("Mã đơn vị", "Tên đơn vị", "Số lượt tuyên truyền trực tiếp (lượt) [propaganda.sessions]",
                "propaganda.attendees", "Thôn đạt chuẩn [safe-hamlets]", "cases.solved", "violations.fines-vnd")
                .row("21217", "Xã Tịnh Sơn", "hơn 100", "hơn 8.000", "9/9", "3 - 5", "12.500.000")
                .row(21220, "Xã Tịnh Hà", 42, 1500, "7/8", null, 2250000.5);
    }

    public DraftSheetMother row(Object... cells) {
        rows.add(cells);
        return this;
    }

    public byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Nhập liệu");
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                Object[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    Object value = values[c];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Percent p) {
                        cell.setCellValue(p.fraction());
                        cell.setCellStyle(percent);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
