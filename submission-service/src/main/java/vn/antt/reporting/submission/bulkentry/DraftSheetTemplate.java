package vn.antt.reporting.submission.bulkentry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlinePublished;

/**
 * The empty bulk-entry sheet that {@link DraftSheetReader} reads back: a header with every indicator of the outline
 * (its label and, in brackets, its code; a column per category of a classification), then one row per sub-unit with
 * its code (as text, so leading zeros stay) and name.
 */
final class DraftSheetTemplate {

    private DraftSheetTemplate() {
    }

    static byte[] write(OutlinePublished outline, Collection<ExpectedUnit> subUnits) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Nhập liệu");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(DraftSheetReader.UNIT_HEADER);
            header.createCell(1).setCellValue(DraftSheetReader.NAME_HEADER);
            int column = 2;
            for (Indicator indicator : outline.indicators()) {
                if (indicator.type() == IndicatorType.CLASSIFICATION) {
                    for (String category : indicator.categories()) {
                        header.createCell(column++).setCellValue(indicator.label() + " – " + category
                                + " [" + indicator.code() + ":" + category + "]");
                    }
                } else {
                    header.createCell(column++).setCellValue(indicator.label() + " (" + indicator.unitOfMeasure() + ") ["
                            + indicator.code() + "]");
                }
            }
            int r = 1;
            for (ExpectedUnit unit : subUnits) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(unit.code());
                row.getCell(0).setCellStyle(text);
                row.createCell(1).setCellValue(unit.name());
            }
            sheet.createFreezePane(2, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
