package vn.antt.reporting.aggregation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.antt.reporting.aggregation.rollup.NodeRollup;
import vn.antt.reporting.contracts.mothers.Units;

/** The Excel roll-up of Quảng Ngãi, opened again with POI: sheets, headers, every figure against the roll-up, formats. */
class RollupWorkbookTest {

    /** How Excel shows a cell to a reader whose locale is Vietnamese. */
    private static final DataFormatter VIETNAMESE = new DataFormatter(Locale.forLanguageTag("vi-VN"));

    static XSSFWorkbook write(RollupExport export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RollupWorkbook.write(export, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void aSheetPerKindOfUnitWithARowPerUnitAColumnPerIndicatorTheTotalsAndTheRates() throws IOException {
        RollupExport export = RollupExportFixture.quangNgai();
        try (XSSFWorkbook workbook = write(export)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Tổng hợp", "Xã, phường, thị trấn", "Doanh nghiệp", "Tình trạng");

            XSSFSheet communes = workbook.getSheet("Xã, phường, thị trấn");
            List<String> header = texts(communes.getRow(0));
            assertThat(header).startsWith("STT", "Mã đơn vị", "Tên đơn vị", "Trực thuộc", "Tình trạng",
                    "Số lượt tuyên truyền trực tiếp (lượt)", "Số lượt người tham dự (lượt người)");
            assertThat(header).contains("Vụ án khám phá – đối tượng (vụ)", "Vụ án khám phá – đối tượng (đối tượng)",
                    "Thôn đạt chuẩn \"An toàn về ANTT\" - đạt (thôn)", "Thôn đạt chuẩn \"An toàn về ANTT\" - tỷ lệ");
            assertThat(communes.getPaneInformation().isFreezePane()).isTrue();
            assertThat(communes.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(communes.getCTWorksheet().getAutoFilter().getRef()).isEqualTo(new CellRangeAddress(0, 3, 0, header.size() - 1).formatAsString());

            Row tinhSon = communes.getRow(1);
            assertThat(texts(tinhSon)).startsWith("1", "21217", "Xã Tịnh Sơn", "Huyện Sơn Tịnh", "Đã tiếp nhận");
            Cell sessions = tinhSon.getCell(header.indexOf("Số lượt tuyên truyền trực tiếp (lượt)"));
            assertThat(sessions.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sessions.getNumericCellValue()).isEqualTo(100);
            assertThat(VIETNAMESE.formatCellValue(sessions)).isEqualTo("hơn 100");
            assertThat(VIETNAMESE.formatCellValue(tinhSon.getCell(header.indexOf("Số lượt người tham dự (lượt người)")))).isEqualTo("hơn 8.000");
            assertThat(VIETNAMESE.formatCellValue(tinhSon.getCell(header.indexOf("Tiền phạt vi phạm hành chính (đồng)")))).isEqualTo("gần 100.000.000");
            assertThat(VIETNAMESE.formatCellValue(tinhSon.getCell(header.indexOf("Súng tự chế thu hồi (khẩu)")))).isEqualTo("3");
            Row tinhHa = communes.getRow(2);
            assertThat(texts(tinhHa).get(4)).isEqualTo("Đã nộp, chờ thẩm định");
            assertThat(VIETNAMESE.formatCellValue(tinhHa.getCell(header.indexOf("Thôn đạt chuẩn \"An toàn về ANTT\" - tỷ lệ")))).isEqualTo("99,33%");
            assertThat(texts(communes.getRow(3)).subList(2, 5)).containsExactly("Xã Bình Hải", "Huyện Bình Sơn", "Quá hạn, chưa nộp");

            // The totals row is the commune roll-up's, qualifier kept; then the kind's rates.
            NodeRollup kind = export.kinds().get("COMMUNE");
            Row totals = communes.getRow(4);
            assertThat(totals.getCell(2).getStringCellValue()).isEqualTo("Tổng cộng");
            for (NodeRollup.IndicatorTotal total : kind.figures()) {
                int column = header.indexOf(total.label() + (total.unitOfMeasure() == null ? "" : " (" + total.unitOfMeasure() + ")"));
                if (column < 0 || total.provisional().units() == 0) {
                    continue;
                }
                assertThat(totals.getCell(column).getNumericCellValue()).as(total.indicator()).isEqualTo(total.provisional().amount().doubleValue());
            }
            assertThat(VIETNAMESE.formatCellValue(totals.getCell(header.indexOf("Số lượt tuyên truyền trực tiếp (lượt)")))).isEqualTo("hơn 142");
            Row submitted = communes.getRow(7);
            assertThat(texts(submitted).subList(2, 7)).containsExactly("Đã nộp", "2", "3", "66,67%", "2/3 (đạt 66,67%)");

            XSSFSheet enterprises = workbook.getSheet("Doanh nghiệp");
            assertThat(texts(enterprises.getRow(1))).startsWith("1", RollupExportFixture.ENTERPRISE, "Công ty Cổ phần Đường Quảng Ngãi",
                    "Tỉnh Quảng Ngãi", "Trả lại để hoàn thiện");
        }
    }

    @Test
    void theSummaryCarriesTheNodesRatesAndTotalsAndTheStatusSheetEveryUnit() throws IOException {
        RollupExport export = RollupExportFixture.quangNgai();
        try (XSSFWorkbook workbook = write(export)) {
            XSSFSheet summary = workbook.getSheet("Tổng hợp");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Đơn vị: Tỉnh Quảng Ngãi (51)");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Số liệu tính đến: 12/06/2025 10:00 (+07:00)");
            assertThat(texts(summary.getRow(5))).containsExactly("Đã nộp", "3", "4", "75,00%", "3/4 (đạt 75%)");
            List<String> sessions = null;
            for (Row row : summary) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Số lượt tuyên truyền trực tiếp")) {
                    sessions = texts(row);
                }
            }
            assertThat(sessions).containsExactly("Số lượt tuyên truyền trực tiếp", "lượt", "hơn 147", "hơn 100", "hơn 147 lượt", "");

            XSSFSheet status = workbook.getSheet("Tình trạng");
            assertThat(texts(status.getRow(0))).containsExactlyElementsOf(RollupWorkbook.STATUS_COLUMNS);
            assertThat(status.getLastRowNum()).isEqualTo(4);
            List<String> tinhSon = texts(status.getRow(1));
            assertThat(tinhSon.subList(0, 7)).containsExactly("1", Units.TINH_SON, "Xã Tịnh Sơn", "Xã, phường, thị trấn", "Huyện Sơn Tịnh",
                    "Đã tiếp nhận", "1");
            assertThat(tinhSon.subList(8, 13)).containsExactly("Không", tinhSon.get(9), "1", "Huyện Sơn Tịnh", "Không");
            // Real date-times in Vietnam's time, shown "06/06/2025 09:00 +07:00" (the offset is a literal of the format).
            assertDateTime(status.getRow(1).getCell(7), LocalDateTime.of(2025, 6, 6, 9, 0));
            assertDateTime(status.getRow(1).getCell(9), LocalDateTime.of(2025, 6, 10, 0, 0));
            assertThat(texts(status.getRow(2)).subList(5, 7)).containsExactly("Đã nộp, chờ thẩm định", "1");
            assertThat(texts(status.getRow(2)).get(8)).isEqualTo("Có");
            assertDateTime(status.getRow(2).getCell(7), LocalDateTime.of(2025, 6, 10, 8, 30));
            assertThat(texts(status.getRow(3)).subList(5, 9)).containsExactly("Quá hạn, chưa nộp", "", "", "");
            assertDateTime(status.getRow(3).getCell(9), LocalDateTime.of(2025, 6, 10, 0, 0));
        }
    }

    @Test
    void theFileIsNamedAfterThePlanAndTheNode() {
        assertThat(RollupWorkbook.fileName(RollupExportFixture.quangNgai())).isEqualTo("Số liệu 119/KH-UBND - Tỉnh Quảng Ngãi.xlsx");
    }

    private static void assertDateTime(Cell cell, LocalDateTime expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(expected);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm \"+07:00\"");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : VIETNAMESE.formatCellValue(cell));
        }
        return texts;
    }
}
