package vn.antt.reporting.submission.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.RuleKind;
import vn.antt.reporting.contracts.planning.Severity;
import vn.antt.reporting.contracts.planning.ValidationRule;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.platform.problem.FieldError;

/** The outline's checks on their own: sections, indicator shapes, rules and their severities. */
class SubmissionValidatorTest {

    private static final List<String> GRADES = List.of("Xuất sắc", "Khá", "Trung bình", "Yếu");

    /** Outline 357 plus the indicators of Decision 510's yearly evaluation (seed 003). */
    private static OutlinePublished outline() {
        List<Indicator> indicators = new ArrayList<>(OutlineMother.indicators357());
        indicators.add(new Indicator("movement.classification", "II.2.1", "Xếp loại phong trào", IndicatorType.CLASSIFICATION,
                "xã", null, GRADES, false));
        indicators.add(new Indicator("hamlets.safe-percent", "II.2.1", "Tỷ lệ thôn đạt chuẩn", IndicatorType.PERCENTAGE,
                "%", null, List.of(), false));
        indicators.add(new Indicator("tips.valuable", "II.2.1", "Nguồn tin có giá trị", IndicatorType.COUNT, "tin", null,
                List.of(), false));
        List<ValidationRule> rules = new ArrayList<>(OutlineMother.rules357());
        rules.add(new ValidationRule("tips.valuable-within-received", RuleKind.NOT_GREATER_THAN,
                List.of("tips.valuable", "tips.received"), Severity.ERROR, "Nguồn tin có giá trị không vượt số tiếp nhận"));
        rules.add(new ValidationRule("counts.non-negative", RuleKind.NON_NEGATIVE, List.of("patrols.armed"), Severity.ERROR,
                "Số lượt không được âm"));
        return new OutlinePublished(OutlineMother.OUTLINE_357, 1, "Đề cương thử", OutlineMother.sections357(), indicators, rules);
    }

    private static List<SectionText> allRequiredSections() {
        return List.of(new SectionText("I", "Tình hình ổn định."), new SectionText("II.1", "Quán triệt."),
                new SectionText("II.2.1", "Kết quả."), new SectionText("III", "Đánh giá."), new SectionText("IV", "Phương hướng."));
    }

    private static FigureValue exact(String indicator, long amount) {
        return new FigureValue(indicator, Qualifier.EXACT, BigDecimal.valueOf(amount), null, Map.of());
    }

    private static List<String> fields(SubmissionValidator.Result result) {
        return result.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteReportPasses() {
        SubmissionValidator.Result result = SubmissionValidator.validate(outline(), allRequiredSections(),
                List.of(exact("propaganda.sessions", 100), exact("tips.received", 12), exact("tips.valuable", 5)));
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aSubsectionFillsTheSectionsAboveIt() {
        // II and II.2 are required but only their sub-section II.2.1 carries text, as in seed 000.
        assertThat(SubmissionValidator.validate(outline(), allRequiredSections(), List.of()).errors()).isEmpty();
    }

    @Test
    void unknownAndRepeatedSectionsAreNamedByPosition() {
        List<SectionText> sections = new ArrayList<>(allRequiredSections());
        sections.add(new SectionText("VI", "Không có trong đề cương"));
        sections.add(new SectionText("I", "Lặp lại"));
        assertThat(fields(SubmissionValidator.validate(outline(), sections, List.of())))
                .containsExactly("sections[5].number", "sections[6].number");
    }

    @Test
    void aBlankRequiredSectionIsMissing() {
        List<SectionText> sections = new ArrayList<>(allRequiredSections());
        sections.set(3, new SectionText("III", "   "));
        SubmissionValidator.Result result = SubmissionValidator.validate(outline(), sections, List.of());
        assertThat(fields(result)).containsExactly("sections");
        assertThat(result.errors().get(0).message()).contains("III");
    }

    @Test
    void aPairedCountNeedsItsSecondValueAndWholeNumbers() {
        FigureValue casesOnly = new FigureValue("cases.solved", Qualifier.EXACT, BigDecimal.valueOf(30), null, Map.of());
        FigureValue fraction = new FigureValue("propaganda.sessions", Qualifier.EXACT, new BigDecimal("10.5"), null, Map.of());
        assertThat(fields(SubmissionValidator.validate(outline(), allRequiredSections(), List.of(casesOnly, fraction))))
                .containsExactly("figures[0].secondAmount", "figures[1].amount");
    }

    @Test
    void aPercentageAboveAHundredIsRefused() {
        FigureValue percent = new FigureValue("hamlets.safe-percent", Qualifier.EXACT, new BigDecimal("100.5"), null, Map.of());
        assertThat(fields(SubmissionValidator.validate(outline(), allRequiredSections(), List.of(percent))))
                .containsExactly("figures[0].amount");
    }

    @Test
    void aClassificationCountsOnlyItsCategoriesAndAddsUp() {
        FigureValue good = new FigureValue("movement.classification", Qualifier.EXACT, BigDecimal.valueOf(10), null,
                Map.of("Xuất sắc", BigDecimal.valueOf(2), "Khá", BigDecimal.valueOf(5), "Trung bình", BigDecimal.valueOf(3)));
        assertThat(SubmissionValidator.validate(outline(), allRequiredSections(), List.of(good)).errors()).isEmpty();

        FigureValue wrongSum = new FigureValue("movement.classification", Qualifier.EXACT, BigDecimal.valueOf(11), null,
                Map.of("Xuất sắc", BigDecimal.valueOf(2), "Khá", BigDecimal.valueOf(5)));
        FigureValue unknownGrade = new FigureValue("movement.classification", Qualifier.EXACT, BigDecimal.valueOf(1), null,
                Map.of("Giỏi", BigDecimal.ONE));
        assertThat(fields(SubmissionValidator.validate(outline(), allRequiredSections(), List.of(wrongSum))))
                .containsExactly("figures[0].amount");
        assertThat(fields(SubmissionValidator.validate(outline(), allRequiredSections(), List.of(unknownGrade))))
                .containsExactly("figures[0].breakdown.Giỏi");
    }

    @Test
    void aBlockingRuleIsAnErrorOnItsFirstIndicator() {
        SubmissionValidator.Result result = SubmissionValidator.validate(outline(), allRequiredSections(),
                List.of(exact("tips.received", 5), exact("tips.valuable", 12)));
        assertThat(fields(result)).containsExactly("figures[1]");
        assertThat(result.errors().get(0).message()).contains("tips.valuable-within-received");
    }

    @Test
    void aNegativeValueBreaksTheNonNegativeRule() {
        assertThat(fields(SubmissionValidator.validate(outline(), allRequiredSections(), List.of(exact("patrols.armed", -3)))))
                .containsExactly("figures[0]");
    }

    @Test
    void aWarningRuleIsKeptAsAWarningNotAnError() {
        SubmissionValidator.Result result = SubmissionValidator.validate(outline(), allRequiredSections(),
                List.of(exact("budget.total", 100), exact("budget.uniforms", 80), exact("budget.equipment", 45)));
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(ValidationWarning::code).containsExactly("budget.total-equals-parts");
    }

    @Test
    void aWarningWritesItsNumbersTheVietnameseWay() {
        SubmissionValidator.Result result = SubmissionValidator.validate(outline(), allRequiredSections(),
                List.of(exact("budget.total", 100_000_000), exact("budget.uniforms", 30_000_000), exact("budget.equipment", 20_000_000)));
        assertThat(result.warnings()).extracting(ValidationWarning::message)
                .containsExactly("Tổng kinh phí không bằng tổng các khoản thành phần: tổng 100.000.000 ≠ 50.000.000 (tổng các khoản)");
    }

    @Test
    void valuesThatAreNotExactCannotBreakAComparison() {
        // "hơn 100 triệu" against parts of 80 + 45 triệu proves nothing either way.
        FigureValue moreThan = new FigureValue("budget.total", Qualifier.MORE_THAN, BigDecimal.valueOf(100), null, Map.of());
        SubmissionValidator.Result result = SubmissionValidator.validate(outline(), allRequiredSections(),
                List.of(moreThan, exact("budget.uniforms", 80), exact("budget.equipment", 45)));
        assertThat(result.warnings()).isEmpty();
    }
}
