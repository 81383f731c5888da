package vn.antt.reporting.submission.bulkentry;

/**
 * One refused cell of an uploaded sheet, located as a spreadsheet shows it.
 *
 * @param cell      e.g. {@code C5}
 * @param row       the row number as shown (1 is the header)
 * @param column    the column letter(s)
 * @param field     what the cell holds: {@code unitCode}, an indicator code, or {@code header}
 */
public record SheetCellError(String cell, int row, String column, String field, String message) {

    static SheetCellError at(int rowIndex, int columnIndex, String field, String message) {
        String column = org.apache.poi.ss.util.CellReference.convertNumToColString(columnIndex);
        return new SheetCellError(column + (rowIndex + 1), rowIndex + 1, column, field, message);
    }
}
