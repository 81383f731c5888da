package vn.antt.reporting.contracts.mothers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.contracts.submission.ReportSection;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.ReportWithdrawn;
import vn.antt.reporting.contracts.submission.UnitRef;

/** Builder of {@link ReportSubmitted} with the figures Tịnh Sơn reported in seed 000 as default. */
public final class ReportSubmittedMother {

    public static final String PLAN_119 = "kh-119-2025-qng";

    private String submissionId = UUID.randomUUID().toString();
    private String planId = PLAN_119;
    private UnitRef unit = Units.tinhSon();
    private int version = 1;
    private Instant submittedAt = Instant.parse("2025-06-06T02:00:00Z");
    private boolean late;
    private String submittedBy = "vanthu.tinhson";
    private List<FigureValue> figures = new ArrayList<>(tinhSonFigures());
    private List<String> warnings = List.of();
    private List<ReportSection> sections = new ArrayList<>(tinhSonSections());

    public static ReportSubmittedMother aReportSubmitted() {
        return new ReportSubmittedMother();
    }

    /** Figures of seed 000 (Tịnh Sơn, 06/6/2025), with the qualifiers the commune wrote. */
    public static List<FigureValue> tinhSonFigures() {
        return List.of(
                new FigureValue("propaganda.sessions", Qualifier.MORE_THAN, BigDecimal.valueOf(100), null, Map.of()),
                new FigureValue("propaganda.attendees", Qualifier.MORE_THAN, BigDecimal.valueOf(8000), null, Map.of()),
                new FigureValue("propaganda.posters", Qualifier.MORE_THAN, BigDecimal.valueOf(40), null, Map.of()),
                new FigureValue("propaganda.radio-items", Qualifier.MORE_THAN, BigDecimal.valueOf(55), null, Map.of()),
                new FigureValue("tips.received", Qualifier.MORE_THAN, BigDecimal.valueOf(10), null, Map.of()),
                new FigureValue("cases.investigated", Qualifier.EXACT, BigDecimal.valueOf(20), null, Map.of()),
                new FigureValue("violations.administrative", Qualifier.EXACT, BigDecimal.valueOf(30), null, Map.of()),
                new FigureValue("violations.fines-vnd", Qualifier.NEARLY, new BigDecimal("100000000"), null, Map.of()),
                new FigureValue("patrols.armed", Qualifier.MORE_THAN, BigDecimal.valueOf(300), null, Map.of()),
                new FigureValue("weapons.guns-homemade", Qualifier.EXACT, BigDecimal.valueOf(3), null, Map.of()),
                new FigureValue("weapons.knives-homemade", Qualifier.EXACT, BigDecimal.valueOf(6), null, Map.of()),
                new FigureValue("weapons.firecracker-boxes", Qualifier.EXACT, BigDecimal.valueOf(2), null, Map.of()));
    }

    /** Narrative of seed 000 (Tịnh Sơn, 163/BC-UBND), a few sections of outline 357, shortened. */
    public static List<ReportSection> tinhSonSections() {
        return List.of(
                new ReportSection("I", "Tình hình an ninh chính trị, trật tự, an toàn xã hội trên địa bàn xã cơ bản ổn định."),
                new ReportSection("II.2.1", "Tổ chức hơn 100 lượt tuyên truyền trực tiếp với hơn 8.000 lượt người tham dự."),
                new ReportSection("III", "Công tác quán triệt, triển khai thực hiện được thực hiện nghiêm túc, bài bản."));
    }

    public ReportSubmittedMother sections(List<ReportSection> sections) {
        this.sections = new ArrayList<>(sections);
        return this;
    }

    public ReportSubmittedMother submissionId(String submissionId) {
        this.submissionId = submissionId;
        return this;
    }

    public ReportSubmittedMother plan(String planId) {
        this.planId = planId;
        return this;
    }

    public ReportSubmittedMother unit(UnitRef unit) {
        this.unit = unit;
        return this;
    }

    public ReportSubmittedMother version(int version) {
        this.version = version;
        return this;
    }

    public ReportSubmittedMother submittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
        return this;
    }

    public ReportSubmittedMother late(boolean late) {
        this.late = late;
        return this;
    }

    public ReportSubmittedMother figures(List<FigureValue> figures) {
        this.figures = new ArrayList<>(figures);
        return this;
    }

    public ReportSubmittedMother warnings(List<String> warnings) {
        this.warnings = warnings;
        return this;
    }

    /** The withdrawal of the version this builder describes, an hour after it was submitted. */
    public ReportWithdrawn buildWithdrawal(String reason) {
        return new ReportWithdrawn(submissionId, planId, unit, version, submittedAt.plusSeconds(3600), submittedBy, reason);
    }

    public ReportSubmitted build() {
        return new ReportSubmitted(submissionId, planId, unit, version, submittedAt, late, submittedBy, figures, warnings, sections);
    }
}
