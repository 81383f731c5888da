package vn.antt.reporting.contracts.mothers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Milestone;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.PlanStatus;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.contracts.planning.UnitDeadline;
import vn.antt.reporting.contracts.planning.UnitGroup;

/** Builder of plan 119/KH-UBND of 28/5/2025 (seed 001): reports before 10/6/2025 00:00 +07:00. */
public final class PlanMother {

    /** "trước ngày 10/6/2025" in Asia/Ho_Chi_Minh. */
    public static final Instant DEADLINE_119 = Instant.parse("2025-06-09T17:00:00Z");

    private String planId = ReportSubmittedMother.PLAN_119;
    private long revision = 1;
    private PlanStatus status = PlanStatus.ISSUED;
    private boolean lockAtDeadline;
    private Instant deadline = DEADLINE_119;
    private List<ExpectedUnit> expected = new ArrayList<>(List.of(
            unit(Units.tinhSon()), unit(Units.tinhHa()), unit(Units.binhHai())));
    private Duration reviewTime = Duration.ofDays(3);
    private boolean returnToSubmitter = true;
    private List<ReviewChain> chains = new ArrayList<>(List.of(
            new ReviewChain("COMMUNE", List.of("DISTRICT", "PROVINCE")),
            new ReviewChain("AGENCY", List.of("PROVINCE")),
            new ReviewChain("ENTERPRISE", List.of("PROVINCE"))));
    private List<UnitDeadline> unitDeadlines = new ArrayList<>();
    private List<UnitGroup> groups = new ArrayList<>();
    private String outlineId = OutlineMother.OUTLINE_357;
    private String comparisonPlanId;
    private String number = "119/KH-UBND";
    private String issuingUnit = Units.QUANG_NGAI;
    private String issuingBody = "Ủy ban nhân dân tỉnh Quảng Ngãi";
    private String recipientName = "Công an tỉnh (qua Phòng An ninh kinh tế)";
    private LocalDate periodFrom = LocalDate.of(2015, 11, 9);
    private LocalDate periodTo = LocalDate.of(2025, 5, 10);
    private LocalDate issuedOn = LocalDate.of(2025, 5, 28);

    public static PlanMother plan119() {
        return new PlanMother();
    }

    public PlanMother id(String planId) {
        this.planId = planId;
        return this;
    }

    public PlanMother revision(long revision) {
        this.revision = revision;
        return this;
    }

    public PlanMother status(PlanStatus status) {
        this.status = status;
        return this;
    }

    public PlanMother lockAtDeadline(boolean lock) {
        this.lockAtDeadline = lock;
        return this;
    }

    public PlanMother deadline(Instant deadline) {
        this.deadline = deadline;
        return this;
    }

    public PlanMother expected(List<ExpectedUnit> units) {
        this.expected = new ArrayList<>(units);
        return this;
    }

    /** After the reform of 1/7/2025: communes report straight to the province. */
    public PlanMother twoLevelChain() {
        this.chains = new ArrayList<>(List.of(new ReviewChain("COMMUNE", List.of("PROVINCE"))));
        return this;
    }

    /** Adds (or replaces) the chain of one kind of unit, e.g. DISTRICT → [PROVINCE]. */
    public PlanMother chain(String unitKind, String... levels) {
        chains.removeIf(c -> c.unitKind().equals(unitKind));
        chains.add(new ReviewChain(unitKind, List.of(levels)));
        return this;
    }

    /** A higher level's return goes to the level below instead of back to the submitting unit. */
    public PlanMother returnsToLowerLevel() {
        this.returnToSubmitter = false;
        return this;
    }

    public PlanMother reviewTime(Duration reviewTime) {
        this.reviewTime = reviewTime;
        return this;
    }

    public PlanMother internalDeadline(String setter, Instant at) {
        unitDeadlines.add(new UnitDeadline(setter, UnitDeadline.Kind.INTERNAL, at, "quantri." + setter, null));
        return this;
    }

    public PlanMother extension(String unit, Instant until, String reason) {
        unitDeadlines.add(new UnitDeadline(unit, UnitDeadline.Kind.EXTENSION, until, "quantri", reason));
        return this;
    }

    /** Adds a named group of expected units, e.g. "Đơn vị do huyện quản lý". */
    public PlanMother group(String code, String name, List<String> unitCodes) {
        groups.add(new UnitGroup(code, name, unitCodes));
        return this;
    }

    public PlanMother outline(String outlineId) {
        this.outlineId = outlineId;
        return this;
    }

    /** The plan of the same period last year, for "so với cùng kỳ". */
    public PlanMother comparedWith(String planId) {
        this.comparisonPlanId = planId;
        return this;
    }

    /** Number, issuer (also the recipient of the reports) and the issuer's name, for a plan of another province. */
    public PlanMother issuedBy(String number, String unitCode, String body, String recipientName) {
        this.number = number;
        this.issuingUnit = unitCode;
        this.issuingBody = body;
        this.recipientName = recipientName;
        return this;
    }

    /** The reporting period (its year names the comparison: "so với cùng kỳ năm 2022"). */
    public PlanMother period(LocalDate from, LocalDate to) {
        this.periodFrom = from;
        this.periodTo = to;
        return this;
    }

    /** The issue date: the day its units are read as of (2025-05-28 for plan 119). */
    public PlanMother issuedOn(LocalDate day) {
        this.issuedOn = day;
        return this;
    }

    public static ExpectedUnit unit(vn.antt.reporting.contracts.submission.UnitRef ref) {
        return new ExpectedUnit(ref.code(), ref.name(), ref.kind(), ref.ancestry());
    }

    public PlanPublished build() {
        return new PlanPublished(planId, revision, number, issuingUnit, issuingBody,
                "Nguyễn Hoàng Giang", "CHỦ TỊCH", issuedOn,
                "Tổng kết 10 năm triển khai thực hiện Quyết định số 357/QĐ-UBND ngày 09/11/2015 của UBND tỉnh",
                List.of("Quyết định số 217/QĐ-UBND ngày 31/3/2025", "Tờ trình số 2853/TTr-CAT-TM(ANKT) ngày 18/5/2025"),
                periodFrom, periodTo, deadline, issuingUnit, recipientName,
                "Đ/c Trung tá Võ Minh Cảnh - Đội trưởng, số điện thoại 0889.803.777",
                List.of(new Milestone("Hội nghị tổng kết 10 năm thực hiện Quyết định số 357", LocalDate.of(2025, 9, 30))),
                status, lockAtDeadline, outlineId, 1, comparisonPlanId, expected, chains, reviewTime, returnToSubmitter,
                unitDeadlines, groups);
    }
}
