package vn.antt.reporting.planning.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.planning.RuleKind;
import vn.antt.reporting.contracts.planning.Severity;
import vn.antt.reporting.contracts.planning.ValidationRule;
import vn.antt.reporting.platform.problem.FieldError;

class OutlineValidatorTest {

    private static final OutlinePublished OUTLINE = OutlineMother.outline357();

    @Test
    void theOutlineOfSeed001IsValid() {
        assertThat(OutlineValidator.check(OUTLINE.sections(), OUTLINE.indicators(), OUTLINE.rules())).isEmpty();
    }

    @Test
    void sectionsFormATreeOfUniqueNumbers() {
        List<OutlineSection> sections = List.of(
                new OutlineSection("I", null, "A", null, true),
                new OutlineSection("I", null, "B", null, true),
                new OutlineSection("II.1", "II", "C", null, true),
                new OutlineSection("a)", "b)", "D", null, false),
                new OutlineSection("b)", "a)", "E", null, false));

        assertThat(fields(OutlineValidator.check(sections, List.of(), List.of()))).containsExactlyInAnyOrder(
                "sections[1].number", "sections[2].parentNumber", "sections[3].parentNumber", "sections[4].parentNumber");
    }

    @Test
    void indicatorsBelongToSectionsAndClassificationsHaveCategories() {
        List<Indicator> indicators = List.of(
                new Indicator("a", "I", "A", IndicatorType.COUNT, "vụ", null, List.of(), false),
                new Indicator("a", "I", "A again", IndicatorType.COUNT, "vụ", null, List.of(), false),
                new Indicator("b", "IX", "B", IndicatorType.COUNT, "vụ", null, List.of(), false),
                new Indicator("c", "I", "C", IndicatorType.CLASSIFICATION, "xã", null, List.of("Khá"), false),
                new Indicator("d", "I", "D", IndicatorType.COUNT, "vụ", null, List.of("Khá", "Yếu"), false));

        assertThat(fields(OutlineValidator.check(OUTLINE.sections(), indicators, List.of()))).containsExactlyInAnyOrder(
                "indicators[1].code", "indicators[2].sectionNumber", "indicators[3].categories", "indicators[4].categories");
    }

    @Test
    void rulesNameKnownIndicatorsOfTypesTheyCanCheck() {
        List<ValidationRule> rules = List.of(
                new ValidationRule("r1", RuleKind.TOTAL_EQUALS_SUM, List.of("budget.total", "budget.unknown", "budget.equipment"),
                        Severity.WARNING, "m"),
                new ValidationRule("r2", RuleKind.PART_NOT_GREATER_THAN_WHOLE, List.of("budget.total"), Severity.ERROR, "m"),
                new ValidationRule("r3", RuleKind.NOT_GREATER_THAN, List.of("tips.received"), Severity.ERROR, "m"),
                new ValidationRule("r3", RuleKind.NON_NEGATIVE, List.of("tips.received"), Severity.ERROR, "m"));

        assertThat(fields(OutlineValidator.check(OUTLINE.sections(), OUTLINE.indicators(), rules))).containsExactlyInAnyOrder(
                "rules[0].indicators[1]", "rules[1].indicators[0]", "rules[2].indicators", "rules[3].code");
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
