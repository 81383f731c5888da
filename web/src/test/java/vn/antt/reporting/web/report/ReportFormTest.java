package vn.antt.reporting.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.web.api.DocumentInfo;
import vn.antt.reporting.web.api.OutlineInfo;
import vn.antt.reporting.web.api.SectionText;

/** The report form reads what a clerk types the Vietnamese way, and writes stored values back the same way. */
class ReportFormTest {

    static final OutlineInfo OUTLINE = new OutlineInfo("de-cuong-tong-ket-357", 1, "Đề cương", List.of(
            new OutlineSection("I", null, "ĐÁNH GIÁ TÌNH HÌNH", null, true),
            new OutlineSection("II.2.1", null, "Kết quả thực hiện các mặt công tác phối hợp", null, true)), List.of(
            new Indicator("propaganda.sessions", "II.2.1", "Số lượt tuyên truyền trực tiếp", IndicatorType.COUNT, "lượt", null, List.of(), false),
            new Indicator("propaganda.attendees", "II.2.1", "Số lượt người tham dự", IndicatorType.COUNT, "lượt người", null, List.of(), false),
            new Indicator("cases.solved", "II.2.1", "Vụ án khám phá – đối tượng", IndicatorType.PAIRED_COUNT, "vụ", "đối tượng", List.of(), false),
            new Indicator("safe-hamlets", "II.2.1", "Thôn đạt chuẩn", IndicatorType.RATIO, "thôn", "thôn", List.of(), false),
            new Indicator("units.rating", "II.2.1", "Xếp loại", IndicatorType.CLASSIFICATION, "đơn vị", null,
                    List.of("Xuất sắc", "Khá", "Trung bình", "Yếu"), false)));

    private static Map<String, String[]> typed(String... pairs) {
        Map<String, String[]> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return params;
    }

    @Test
    void numbersQualifiersPairsAndCategoriesAreReadAsTyped() {
        ReportForm.Draft draft = ReportForm.posted(OUTLINE, typed(
                "section.I", "  Tình hình ổn định.  ", "section.II.2.1", "",
                "fig.propaganda.sessions.q", "MORE_THAN", "fig.propaganda.sessions.a", "100",
                "fig.propaganda.attendees.q", "MORE_THAN", "fig.propaganda.attendees.a", "8.000",
                "fig.cases.solved.q", "EXACT", "fig.cases.solved.a", "30", "fig.cases.solved.b", "77",
                "fig.safe-hamlets.a", "149", "fig.safe-hamlets.b", "150",
                "fig.units.rating.c.0", "149", "fig.units.rating.c.1", "13", "fig.units.rating.c.2", "1", "fig.units.rating.c.3", "0",
                "doc.number", "163/BC-UBND", "doc.issuedOn", "06/06/2025", "doc.recipients", "- Văn phòng HĐND&UBND huyện;\n\n- Công an xã.",
                "_csrf", "ignored")).read();

        assertThat(draft.errors()).isEmpty();
        assertThat(draft.sections()).containsExactly(new SectionText("I", "Tình hình ổn định."));
        assertThat(draft.figures()).extracting(FigureValue::indicator)
                .containsExactly("propaganda.sessions", "propaganda.attendees", "cases.solved", "safe-hamlets", "units.rating");
        assertThat(draft.figures().get(1).qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(draft.figures().get(1).amount()).isEqualByComparingTo("8000");
        assertThat(draft.figures().get(2).secondAmount()).isEqualByComparingTo("77");
        assertThat(draft.figures().get(3).qualifier()).as("no qualifier chosen: exact").isEqualTo(Qualifier.EXACT);
        assertThat(draft.figures().get(4).amount()).as("a classification's total is its categories' sum").isEqualByComparingTo("163");
        assertThat(draft.figures().get(4).breakdown()).containsEntry("Khá", new BigDecimal("13"));
        assertThat(draft.document()).isEqualTo(new DocumentInfo("163/BC-UBND", LocalDate.of(2025, 6, 6), null, null,
                List.of("Văn phòng HĐND&UBND huyện;", "Công an xã.")));
        assertThat(draft.figureOrder()).startsWith("propaganda.sessions", "propaganda.attendees");
    }

    @Test
    void whatCannotBeReadIsNamedByItsInputAndKeptAsTyped() {
        ReportForm form = ReportForm.posted(OUTLINE, typed("fig.propaganda.attendees.a", "nhiều", "fig.propaganda.sessions.a", "99.33",
                "fig.cases.solved.b", "77", "doc.number", "163/BC-UBND", "doc.issuedOn", "31/02/2025"));
        ReportForm.Draft draft = form.read();

        assertThat(draft.errors().get("fig.propaganda.attendees.a")).singleElement().asString().contains("không phải là số");
        assertThat(draft.errors()).containsKeys("fig.propaganda.sessions.a", "fig.cases.solved.a", "doc.issuedOn");
        assertThat(draft.document()).as("no valid date: the block is not sent").isNull();
        assertThat(form.value("fig.propaganda.attendees.a")).isEqualTo("nhiều");
        assertThat(form.documentIncomplete()).as("number and date typed, the date wrong: a message, not 'incomplete'").isFalse();
        assertThat(ReportForm.posted(OUTLINE, typed("doc.signer", "Chủ tịch UBND xã")).documentIncomplete()).isTrue();
    }

    @Test
    void aStoredDraftComesBackAsTheClerkWouldTypeIt() {
        ReportForm form = ReportForm.filled(OUTLINE, new DocumentInfo("163/BC-UBND", LocalDate.of(2025, 6, 6), "Chủ tịch", null, List.of("Công an xã")),
                List.of(new SectionText("I", "Ổn định")),
                List.of(new FigureValue("propaganda.attendees", Qualifier.MORE_THAN, new BigDecimal("8000"), null, Map.of()),
                        new FigureValue("units.rating", Qualifier.EXACT, new BigDecimal("163"), null,
                                Map.of("Xuất sắc", new BigDecimal("149"), "Khá", new BigDecimal("13")))));

        assertThat(form.value("fig.propaganda.attendees.a")).isEqualTo("8.000");
        assertThat(form.qualifierOf("propaganda.attendees")).isEqualTo(Qualifier.MORE_THAN);
        assertThat(form.value("fig.units.rating.c.1")).isEqualTo("13");
        assertThat(form.value("fig.units.rating.c.2")).isEmpty();
        assertThat(form.value("doc.issuedOn")).isEqualTo("06/06/2025");
        assertThat(form.value("section.I")).isEqualTo("Ổn định");
        assertThat(form.read().figures()).hasSize(2);
    }
}
