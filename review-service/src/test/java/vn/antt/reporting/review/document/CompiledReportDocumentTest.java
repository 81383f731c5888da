package vn.antt.reporting.review.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.submission.FigureSums;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.platform.document.AdministrativeDocumentWriter;
import vn.antt.reporting.platform.document.IssuingBody;
import vn.antt.reporting.review.compilation.CompiledReport;
import vn.antt.reporting.review.compilation.CompiledReport.IncludedUnit;
import vn.antt.reporting.review.compilation.CompiledReport.MissingUnit;
import vn.antt.reporting.review.reviewcase.ReviewState;

/** Huyện Sơn Tịnh's compiled report in Word: the appendix's rows and totals against the compilation, seed 003's classification. */
class CompiledReportDocumentTest {

    private static final Indicator GRADES = new Indicator("movement.grades", "III", "Xếp loại phong trào", IndicatorType.CLASSIFICATION,
            "đơn vị", null, List.of("Xuất sắc", "Khá", "Trung bình", "Yếu"), false);
    private static final OutlinePublished OUTLINE = new OutlinePublished(OutlineMother.OUTLINE_357, 1, "Đề cương",
            OutlineMother.sections357(), with(OutlineMother.indicators357(), GRADES), List.of());
    private static final IssuingBody SON_TINH = IssuingBody.of(List.of(new IssuingBody.Unit("Huyện Sơn Tịnh", "Huyện", "DISTRICT"),
            new IssuingBody.Unit("Tỉnh Quảng Ngãi", "Tỉnh", "PROVINCE")));

    static final List<FigureValue> TINH_SON = with(ReportSubmittedMother.tinhSonFigures(),
            new FigureValue("movement.grades", Qualifier.EXACT, BigDecimal.ZERO, null, Map.of("Xuất sắc", BigDecimal.valueOf(100), "Khá", BigDecimal.TEN)));
    static final List<FigureValue> TINH_HA = List.of(FigureValue.exact("propaganda.sessions", 42), FigureValue.exact("propaganda.attendees", 1500),
            new FigureValue("movement.grades", Qualifier.EXACT, BigDecimal.ZERO, null,
                    Map.of("Xuất sắc", BigDecimal.valueOf(49), "Khá", BigDecimal.valueOf(3), "Trung bình", BigDecimal.ONE)));

    static CompiledReport sonTinh() {
        List<FigureValue> all = new ArrayList<>(TINH_SON);
        all.addAll(TINH_HA);
        return new CompiledReport("kh-119", Units.SON_TINH,
                List.of(new IncludedUnit(Units.TINH_SON, "Xã Tịnh Sơn", 2, "s-1", TINH_SON), new IncludedUnit(Units.TINH_HA, "Thị trấn Tịnh Hà", 1, "s-2", TINH_HA)),
                List.of(new MissingUnit("21223", "Xã Tịnh Bắc", ReviewState.RETURNED)), FigureSums.sum(all, Set.of()),
                List.of(new CompiledReport.Section("I", "ĐÁNH GIÁ TÌNH HÌNH", List.of(
                        new CompiledReport.Contribution(Units.TINH_SON, "Xã Tịnh Sơn", 2, "Tình hình cơ bản ổn định.\n\nKhông có điểm nóng."),
                        new CompiledReport.Contribution(Units.TINH_HA, "Thị trấn Tịnh Hà", 1, "An ninh chính trị ổn định.")))));
    }

    static XWPFDocument export(CompiledReport report) throws IOException {
        byte[] file = AdministrativeDocumentWriter.write(CompiledReportDocument.of(report, PlanMother.plan119().build(), OUTLINE, SON_TINH,
                "Huyện Sơn Tịnh", "DISTRICT", LocalDate.of(2025, 6, 8)));
        return new XWPFDocument(new ByteArrayInputStream(file));
    }

    @Test
    void theAppendixHasARowPerSubUnitWithItsFiguresAndTheTotalsOfTheCompilation() throws IOException {
        try (XWPFDocument doc = export(sonTinh())) {
            XWPFTable figures = table(doc, "Đơn vị", 1);
            List<String> header = cells(figures.getRow(0));
            int sessions = header.indexOf("Số lượt tuyên truyền trực tiếp (lượt)");
            int attendees = header.indexOf("Số lượt người tham dự (lượt người)");
            int fines = header.indexOf("Tiền phạt vi phạm hành chính (đồng)");
            int grades = header.indexOf("Xếp loại phong trào (đơn vị)");
            assertThat(List.of(sessions, attendees, fines, grades)).doesNotContain(-1);
            assertThat(header).as("a column per indicator that has a value").hasSize(2 + 13);
            assertThat(figures.getRows()).hasSize(4);
            assertThat(cells(figures.getRow(1))).startsWith("1", "Xã Tịnh Sơn");
            assertThat(cells(figures.getRow(1)).get(sessions)).isEqualTo("hơn 100");
            assertThat(cells(figures.getRow(1)).get(attendees)).isEqualTo("hơn 8.000");
            assertThat(cells(figures.getRow(1)).get(fines)).isEqualTo("gần 100.000.000");
            assertThat(cells(figures.getRow(2))).startsWith("2", "Thị trấn Tịnh Hà");
            assertThat(cells(figures.getRow(2)).get(sessions)).isEqualTo("42");
            assertThat(cells(figures.getRow(2)).get(fines)).isEmpty();
            List<String> totals = cells(figures.getRow(3));
            assertThat(totals.get(1)).isEqualTo("Tổng cộng");
            assertThat(totals.get(sessions)).isEqualTo("hơn 142");
            assertThat(totals.get(attendees)).isEqualTo("hơn 9.500");
            assertThat(totals.get(fines)).isEqualTo("gần 100.000.000");
            assertThat(figures.getRow(3).getCell(sessions).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();

            // Every figure of every row is the unit's own, and the totals are the compilation's.
            for (int r = 0; r < 2; r++) {
                IncludedUnit unit = sonTinh().included().get(r);
                for (FigureValue value : unit.figures()) {
                    int column = header.indexOf(OUTLINE.indicators().stream().filter(i -> i.code().equals(value.indicator())).findFirst()
                            .map(i -> i.label() + " (" + i.unitOfMeasure() + ")").orElseThrow());
                    assertThat(cells(figures.getRow(r + 1)).get(column)).isNotEmpty();
                }
            }
        }
    }

    @Test
    void theClassificationReadsAsSeed003AndTheCompletenessLineAsItsRates() throws IOException {
        try (XWPFDocument doc = export(sonTinh())) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("149/163 Xuất sắc; 13/163 Khá; 1/163 Trung bình; 0/163 Yếu.",
                    "Số đơn vị đã được tổng hợp: 2/3 (đạt 66,67%).", "Phụ lục I", "Phụ lục II", "Phụ lục III",
                    "- Số lượt tuyên truyền trực tiếp: hơn 142 lượt.", "Kính gửi: Công an tỉnh (qua Phòng An ninh kinh tế)");
            XWPFTable grades = table(doc, "Xếp loại", 0);
            assertThat(grades.getRows().stream().skip(1).map(CompiledReportDocumentTest::cells))
                    .containsExactly(List.of("Xuất sắc", "149/163", "91,41%"), List.of("Khá", "13/163", "7,98%"),
                            List.of("Trung bình", "1/163", "0,61%"), List.of("Yếu", "0/163", "0%"));
            XWPFTable standing = table(doc, "Tình trạng", 2);
            assertThat(standing.getRows().stream().skip(1).map(r -> cells(r).get(1) + ": " + cells(r).get(2))).containsExactly(
                    "Xã Tịnh Sơn: Đã tiếp nhận, tổng hợp (phiên bản 2)", "Thị trấn Tịnh Hà: Đã tiếp nhận, tổng hợp (phiên bản 1)",
                    "Xã Tịnh Bắc: Trả lại để hoàn thiện");
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("UBND TỈNH QUẢNG NGÃI", "ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH",
                    "Số: ……/BC-UBND");
            assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText()).contains("Sơn Tịnh, ngày 08 tháng 6 năm 2025");
        }
        List<IncludedUnit> many = IntStream.range(0, 149).mapToObj(i -> new IncludedUnit("u" + i, "Ấp " + i, 1, "s" + i, List.of())).toList();
        CompiledReport district = new CompiledReport("kh", "527", many, List.of(new MissingUnit("x", "Ấp 5", ReviewState.AWAITING_SUBMISSION)),
                List.of(), List.of());
        assertThat(CompiledReportDocument.completeness(district)).isEqualTo("Số đơn vị đã được tổng hợp: 149/150 (đạt 99,33%)");
    }

    @Test
    void eachSectionPrintsWhatEverySubUnitWroteThereInTheCompilationsOrder() throws IOException {
        try (XWPFDocument doc = export(sonTinh())) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            int heading = paragraphs.indexOf("I. ĐÁNH GIÁ TÌNH HÌNH");
            assertThat(paragraphs.subList(heading + 1, heading + 6)).containsExactly("Xã Tịnh Sơn:", "Tình hình cơ bản ổn định.",
                    "Không có điểm nóng.", "Thị trấn Tịnh Hà:", "An ninh chính trị ổn định.");
            assertThat(paragraphs.get(heading + 6)).isEqualTo("II. KẾT QUẢ THỰC HIỆN QUY CHẾ PHỐI HỢP");
        }
    }

    @Test
    void theFileIsNamedAfterThePlanAndTheUnit() {
        assertThat(CompiledReportDocument.fileName(PlanMother.plan119().build(), "Huyện Sơn Tịnh"))
                .isEqualTo("Báo cáo tổng hợp 119/KH-UBND - Huyện Sơn Tịnh.docx");
    }

    static XWPFTable table(XWPFDocument doc, String header, int column) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() > column
                && t.getRow(0).getCell(column).getText().equals(header)).findFirst().orElseThrow();
    }

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    @SafeVarargs
    private static <T> List<T> with(List<T> list, T... more) {
        List<T> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }
}
