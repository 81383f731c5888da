package vn.antt.reporting.submission.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.antt.reporting.contracts.mothers.ReportSubmittedMother;
import vn.antt.reporting.contracts.mothers.Units;

/** Tịnh Sơn's report 163/BC-UBND of 06/6/2025 (seed 000) as a submit request. */
public final class SubmitReportRequestMother {

    private String planId = ReportSubmittedMother.PLAN_119;
    private String unitCode = Units.TINH_SON;
    private final List<SectionText> sections = new ArrayList<>(List.of(
            new SectionText("I", "Tình hình an ninh chính trị, trật tự, an toàn xã hội trên địa bàn xã cơ bản ổn định."),
            new SectionText("II.2.1", "Tổ chức hơn 100 lượt tuyên truyền trực tiếp với hơn 8.000 lượt người tham dự.")));
    private List<SubmitReportRequest.FigureInput> figures = new ArrayList<>(
            ReportSubmittedMother.tinhSonFigures().stream()
                    .map(f -> new SubmitReportRequest.FigureInput(f.indicator(), f.qualifier(), f.amount(),
                            f.secondAmount(), f.breakdown()))
                    .toList());

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

    public SubmitReportRequestMother figure(String indicator, long amount) {
        figures.add(new SubmitReportRequest.FigureInput(indicator, null, BigDecimal.valueOf(amount), null, null));
        return this;
    }

    public SubmitReportRequest build() {
        return new SubmitReportRequest(planId, unitCode,
                new OfficialDocument("163/BC-UBND", LocalDate.of(2025, 6, 6), "Nguyễn Văn A",
                        "TM. UỶ BAN NHÂN DÂN / CHỦ TỊCH", List.of("Văn phòng HĐND&UBND huyện", "Công an xã", "Lưu VP")),
                sections, figures);
    }
}
