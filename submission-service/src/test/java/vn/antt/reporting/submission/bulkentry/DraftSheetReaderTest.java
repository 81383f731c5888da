package vn.antt.reporting.submission.bulkentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.submission.submission.SubmitReportRequest.FigureInput;

class DraftSheetReaderTest {

    /** Outline 357's indicators plus a percentage and a classification, as the outline of Decision 510 has them. */
    private static final OutlinePublished OUTLINE = withExtras(OutlineMother.outline357());

    private static OutlinePublished withExtras(OutlinePublished o) {
        List<Indicator> indicators = new java.util.ArrayList<>(o.indicators());
        indicators.add(new Indicator("ho-gia-dinh.ty-le", "II.2.1", "Tỷ lệ hộ gia đình đạt chuẩn", IndicatorType.PERCENTAGE, "%",
                null, List.of(), false));
        indicators.add(new Indicator("xep-loai", "II.2.1", "Xếp loại phong trào", IndicatorType.CLASSIFICATION, "đơn vị", null,
                List.of("Xuất sắc", "Khá", "Trung bình", "Yếu"), false));
        return new OutlinePublished(o.outlineId(), o.version(), o.title(), o.sections(), indicators, o.rules());
    }

    private static DraftSheetReader.Result read(DraftSheetMother sheet) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.xlsx()))) {
            return DraftSheetReader.read(workbook.getSheetAt(0), OUTLINE, 100);
        }
    }

    private static FigureInput figure(DraftSheetReader.SheetRow row, String indicator) {
        return row.figures().stream().filter(f -> f.indicator().equals(indicator)).findFirst().orElseThrow();
    }

    @Test
    void vietnameseNumbersQualifiersPairsPercentagesAndClassificationsAreRead() throws IOException {
        DraftSheetReader.Result result = read(DraftSheetMother.sonTinhFor119()
                .row("21067", "Xã Bình Hải", "khoảng 30", "1.200", "3/12", "2; 4", "0"));

        assertThat(result.errors()).isEmpty();
        DraftSheetReader.SheetRow tinhSon = result.rows().get(0);
        assertThat(tinhSon.unitCode()).isEqualTo("21217");
        assertThat(figure(tinhSon, "propaganda.sessions")).extracting(FigureInput::qualifier, f -> f.amount().intValue())
                .containsExactly(Qualifier.MORE_THAN, 100);
        assertThat(figure(tinhSon, "propaganda.attendees").amount()).isEqualByComparingTo("8000");
        assertThat(figure(tinhSon, "safe-hamlets")).extracting(f -> f.amount().intValue(), f -> f.secondAmount().intValue())
                .containsExactly(9, 9);
        assertThat(figure(tinhSon, "cases.solved")).extracting(f -> f.amount().intValue(), f -> f.secondAmount().intValue())
                .containsExactly(3, 5);
        assertThat(figure(tinhSon, "violations.fines-vnd").amount()).isEqualByComparingTo("12500000");

        DraftSheetReader.SheetRow tinhHa = result.rows().get(1);
        assertThat(tinhHa.unitCode()).isEqualTo("21220");
        assertThat(figure(tinhHa, "propaganda.sessions").amount()).isEqualByComparingTo("42");
        assertThat(figure(tinhHa, "violations.fines-vnd").amount()).isEqualByComparingTo("2250000.5");
        assertThat(tinhHa.figures()).extracting(FigureInput::indicator).doesNotContain("cases.solved");
    }

    @Test
    void percentagesAndClassificationCategoriesHaveTheirOwnColumns() throws IOException {
        DraftSheetReader.Result result = read(DraftSheetMother.withHeader("Mã đơn vị", "ho-gia-dinh.ty-le",
                        "Xếp loại – Xuất sắc [xep-loai:Xuất sắc]", "[xep-loai:Khá]", "[xep-loai:Yếu]")
                .row("527", new DraftSheetMother.Percent(0.9933), 12, "3", 0)
                .row("524", "99,33%", null, null, null));

        assertThat(result.errors()).isEmpty();
        assertThat(figure(result.rows().get(0), "ho-gia-dinh.ty-le").amount()).isEqualByComparingTo("99.33");
        FigureInput classification = figure(result.rows().get(0), "xep-loai");
        assertThat(classification.breakdown()).isEqualTo(Map.of("Xuất sắc", new BigDecimal("12"), "Khá", new BigDecimal("3"),
                "Yếu", new BigDecimal("0")));
        assertThat(classification.amount()).isEqualByComparingTo("15");
        assertThat(figure(result.rows().get(1), "ho-gia-dinh.ty-le").amount()).isEqualByComparingTo("99.33");
    }

    @Test
    void everyBadCellIsReportedWithItsRowAndColumn() throws IOException {
        DraftSheetReader.Result result = read(DraftSheetMother.withHeader("Mã đơn vị", "Tên đơn vị", "propaganda.sessions",
                        "khong.co.chi.tieu", "safe-hamlets", "xep-loai", "ho-gia-dinh.ty-le")
                .row("21217", "Xã Tịnh Sơn", "8.00", null, "149", null, "101")
                .row(null, "Không mã", "12", null, null, null, null)
                .row("21220", "Xã Tịnh Hà", -3, null, "7/8", null, "12,5"));

        assertThat(result.errors()).extracting(SheetCellError::cell, SheetCellError::field).containsExactlyInAnyOrder(
                tuple("D1", "header"),
                tuple("F1", "header"),
                tuple("C2", "propaganda.sessions"),
                tuple("E2", "safe-hamlets"),
                tuple("G2", "ho-gia-dinh.ty-le"),
                tuple("A3", "unitCode"),
                tuple("C4", "propaganda.sessions"));
        assertThat(result.errors()).filteredOn(e -> e.cell().equals("C2")).first()
                .extracting(SheetCellError::row, SheetCellError::column).containsExactly(2, "C");
    }
}
