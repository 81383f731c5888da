package vn.antt.reporting.submission.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.Qualifier;

/**
 * Tịnh Sơn's report 163/BC-UBND of 06/6/2025 (seed 000) as a submit request: every required section
 * of the outline of plan 119 (abridged text) and the commune's figures.
 */
public final class SubmitReportRequestMother {

    private String planId = ReportSubmittedMother.PLAN_119;
    private String unitCode = Units.TINH_SON;
    private final Map<String, String> sections = new LinkedHashMap<>();
    private final List<SubmitReportRequest.FigureInput> figures = new ArrayList<>(
            ReportSubmittedMother.tinhSonFigures().stream()
                    .map(f -> new SubmitReportRequest.FigureInput(f.indicator(), f.qualifier(), f.amount(),
                            f.secondAmount(), f.breakdown()))
                    .toList());

    private SubmitReportRequestMother() {
        sections.put("I", "Tình hình an ninh chính trị, trật tự, an toàn xã hội trên địa bàn xã cơ bản ổn định.");
        sections.put("II.1", "Bám sát sự chỉ đạo của cấp trên, UBND xã đã nghiêm túc quán triệt, triển khai hiệu quả "
                + "Quyết định số 357/QĐ-UBND ngày 09/11/2015 của UBND tỉnh.");
        sections.put("II.2.1", "Tổ chức hơn 100 lượt tuyên truyền trực tiếp với hơn 8.000 lượt người tham dự.");
        sections.put("III", "1. Ưu điểm\n\nCông tác quán triệt, triển khai thực hiện được thực hiện nghiêm túc, bài bản.");
        sections.put("IV", "1. Dự báo tình hình\n\nTình hình ANTT trên địa bàn xã tiếp tục ổn định về cơ bản.");
    }

    public static SubmitReportRequestMother tinhSonReport() {
        return new SubmitReportRequestMother();
    }

    public SubmitReportRequestMother plan(String planId) {
        this.planId = planId;
        return this;
    }

    public SubmitReportRequestMother unit(String unitCode) {
        this.unitCode = unitCode;
        return this;
    }

    /** Sets (or adds) the text of a section. */
    public SubmitReportRequestMother section(String number, String text) {
        sections.put(number, text);
        return this;
    }

    public SubmitReportRequestMother withoutSection(String number) {
        sections.remove(number);
        return this;
    }

    public SubmitReportRequestMother figure(String indicator, long amount) {
        return figure(indicator, Qualifier.EXACT, BigDecimal.valueOf(amount), null);
    }

    public SubmitReportRequestMother figure(String indicator, Qualifier qualifier, BigDecimal amount, BigDecimal second) {
        figures.add(new SubmitReportRequest.FigureInput(indicator, qualifier, amount, second, null));
        return this;
    }

    public SubmitReportRequest build() {
        return new SubmitReportRequest(planId, unitCode,
                new OfficialDocument("163/BC-UBND", LocalDate.of(2025, 6, 6), "Nguyễn Văn A",
                        "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", List.of("Văn phòng HĐND&UBND huyện", "Công an xã", "Lưu VP")),
                sections.entrySet().stream().map(e -> new SectionText(e.getKey(), e.getValue())).toList(),
                figures);
    }
}
