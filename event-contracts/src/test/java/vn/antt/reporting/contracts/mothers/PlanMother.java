package vn.antt.reporting.contracts.mothers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.bson.Document;

import tools.jackson.databind.JsonNode;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Milestone;
import vn.antt.reporting.contracts.planning.PlanLetter;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.PlanStatus;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.contracts.planning.UnitDeadline;
import vn.antt.reporting.contracts.planning.UnitGroup;

/**
 * Builder of plan 119/KH-UBND of 28/5/2025 (seed 001): reports before 10/6/2025 00:00 +07:00. Its document (number,
 * issuer, signer, title, legal basis, period, deadline, recipient, contact, milestones, outline, review time) is the
 * demo's own file ({@code demo/plan-119.json} of planning-service, {@link DemoFiles}); its expected units and chains are
 * the tests' choice (three communes, commune → district → province, agency and enterprise → province).
 */
public final class PlanMother {

    private static final JsonNode PLAN_119 = DemoFiles.tree(DemoFiles.PLAN_119);
    /** "trước ngày 10/6/2025" in Asia/Ho_Chi_Minh. */
    public static final Instant DEADLINE_119 = deadlineOf(PLAN_119);

    /** The demo file the plan's document comes from. */
    private final JsonNode file;

    private String planId = ReportSubmittedMother.PLAN_119;
    private long revision = 1;
    private PlanStatus status = PlanStatus.ISSUED;
    private boolean lockAtDeadline;
    private Instant deadline = DEADLINE_119;
    private List<ExpectedUnit> expected = new ArrayList<>(List.of(
            unit(Units.tinhSon()), unit(Units.tinhHa()), unit(Units.binhHai())));
    private Duration reviewTime;
    private boolean returnToSubmitter;
    private List<ReviewChain> chains = new ArrayList<>(List.of(
            new ReviewChain("COMMUNE", List.of("DISTRICT", "PROVINCE")),
            new ReviewChain("AGENCY", List.of("PROVINCE")),
            new ReviewChain("ENTERPRISE", List.of("PROVINCE"))));
    private List<UnitDeadline> unitDeadlines = new ArrayList<>();
    private List<UnitGroup> groups = new ArrayList<>();
    private String outlineId;
    private String comparisonPlanId;
    private String number;
    private String issuingUnit;
    private String issuingBody;
    private String recipientName;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private LocalDate issuedOn;

    private PlanMother(JsonNode file) {
        this.file = file;
        this.reviewTime = Duration.parse(file.path("reviewTime").asString());
        this.returnToSubmitter = file.path("returnToSubmitter").asBoolean();
        this.outlineId = file.path("outlineId").asString();
        this.number = file.path("number").asString();
        this.issuingUnit = file.path("recipientUnitCode").asString();
        this.issuingBody = file.path("issuingBody").asString();
        this.recipientName = file.path("recipientName").asString();
        this.periodFrom = date(file, "periodFrom");
        this.periodTo = date(file, "periodTo");
        this.issuedOn = date(file, "issuedOn");
    }

    public static PlanMother plan119() {
        return new PlanMother(PLAN_119);
    }

    /**
     * The demo's plan of 2026 ({@code demo/plan-2026.json}: MH-05/KH-UBND of the province after the reform, on plan 119's
     * outline and compared with it, commune → province), for the expected units a test gives it.
     */
    public static PlanMother demoPlan2026(List<ExpectedUnit> expected) {
        JsonNode file = DemoFiles.tree(DemoFiles.PLAN_2026);
        PlanMother plan = new PlanMother(file).id(file.path("planId").asString()).deadline(deadlineOf(file))
                .comparedWith(file.path("comparisonPlanId").asString()).expected(expected);
        plan.chains = new ArrayList<>();
        file.path("reviewChains").valueStream().forEach(chain -> plan.chains.add(new ReviewChain(chain.path("unitKind").asString(),
                chain.path("levels").valueStream().map(JsonNode::asString).toList())));
        return plan;
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

    public PlanLetter letter() {
        return new PlanLetter(number, issuingUnit, issuingBody,
                file.path("signer").asString(), file.path("signerTitle").asString(), issuedOn,
                file.path("title").asString(),
                file.path("legalBasis").valueStream().map(JsonNode::asString).toList(),
                periodFrom, periodTo, deadline, issuingUnit, recipientName,
                file.path("contact").asString());
    }

    /**
     * A letter's fields as documents stored them before the letter was one value: top-level, written out field by field
     * (not by the mapping under test). {@code asStored} turns a value into what the store holds (a date as a BSON date).
     */
    public static Document storedFlat(PlanLetter letter, UnaryOperator<Object> asStored) {
        return new Document("number", letter.number()).append("issuingUnitCode", letter.issuingUnitCode())
                .append("issuingBody", letter.issuingBody()).append("signer", letter.signer())
                .append("signerTitle", letter.signerTitle()).append("issuedOn", asStored.apply(letter.issuedOn()))
                .append("title", letter.title()).append("legalBasis", letter.legalBasis())
                .append("periodFrom", asStored.apply(letter.periodFrom())).append("periodTo", asStored.apply(letter.periodTo()))
                .append("deadline", asStored.apply(letter.deadline())).append("recipientUnitCode", letter.recipientUnitCode())
                .append("recipientName", letter.recipientName()).append("contact", letter.contact());
    }

    public PlanPublished build() {
        return new PlanPublished(planId, revision, letter(),
                file.path("milestones").valueStream()
                        .map(m -> new Milestone(m.path("title").asString(), LocalDate.parse(m.path("due").asString()))).toList(),
                status, lockAtDeadline, outlineId, file.path("outlineVersion").asInt(), comparisonPlanId, expected, chains,
                reviewTime, returnToSubmitter, unitDeadlines, groups);
    }

    private static LocalDate date(JsonNode file, String field) {
        return LocalDate.parse(file.path(field).asString());
    }

    private static Instant deadlineOf(JsonNode file) {
        return OffsetDateTime.parse(file.path("deadline").asString()).toInstant();
    }
}
