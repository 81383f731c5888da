package vn.antt.reporting.planning.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.planning.ValidationRule;
import vn.antt.reporting.platform.problem.FieldError;

/**
 * The rules an outline must keep so that every report written against it can be validated and
 * summed: unique section numbers in a tree, indicators attached to existing sections, rules that
 * name existing indicators of the types they can check.
 */
final class OutlineValidator {

    private OutlineValidator() {
    }

    static List<FieldError> check(List<OutlineSection> sections, List<Indicator> indicators, List<ValidationRule> rules) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            if (!numbers.add(sections.get(i).number())) {
                errors.add(new FieldError("sections[" + i + "].number", "duplicate section number " + sections.get(i).number()));
            }
        }
        Map<String, String> parents = new HashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            OutlineSection section = sections.get(i);
            if (section.parentNumber() != null) {
                if (!numbers.contains(section.parentNumber())) {
                    errors.add(new FieldError("sections[" + i + "].parentNumber", "no section is numbered " + section.parentNumber()));
                } else {
                    parents.put(section.number(), section.parentNumber());
                }
            }
        }
        for (int i = 0; i < sections.size(); i++) {
            if (inCycle(sections.get(i).number(), parents)) {
                errors.add(new FieldError("sections[" + i + "].parentNumber", "section " + sections.get(i).number()
                        + " is its own ancestor"));
            }
        }
        Map<String, Indicator> byCode = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String field = "indicators[" + i + "]";
            if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
                errors.add(new FieldError(field + ".code", "duplicate indicator code " + indicator.code()));
            }
            if (!numbers.contains(indicator.sectionNumber())) {
                errors.add(new FieldError(field + ".sectionNumber", "no section is numbered " + indicator.sectionNumber()));
            }
            if (indicator.type() == IndicatorType.CLASSIFICATION && indicator.categories().size() < 2) {
                errors.add(new FieldError(field + ".categories", "a classification needs at least two categories"));
            }
            if (indicator.type() != IndicatorType.CLASSIFICATION && !indicator.categories().isEmpty()) {
                errors.add(new FieldError(field + ".categories", "only a classification has categories"));
            }
            if (indicator.categories().size() != new HashSet<>(indicator.categories()).size()) {
                errors.add(new FieldError(field + ".categories", "duplicate category"));
            }
        }
        Set<String> ruleCodes = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            ValidationRule rule = rules.get(i);
            String field = "rules[" + i + "]";
            if (!ruleCodes.add(rule.code())) {
                errors.add(new FieldError(field + ".code", "duplicate rule code " + rule.code()));
            }
            for (int j = 0; j < rule.indicators().size(); j++) {
                String code = rule.indicators().get(j);
                Indicator indicator = byCode.get(code);
                if (indicator == null) {
                    errors.add(new FieldError(field + ".indicators[" + j + "]", "unknown indicator " + code));
                } else if (!applies(rule, indicator.type())) {
                    errors.add(new FieldError(field + ".indicators[" + j + "]", "a " + rule.kind() + " rule cannot check "
                            + indicator.type() + " indicator " + code));
                }
            }
            String arity = arity(rule);
            if (arity != null) {
                errors.add(new FieldError(field + ".indicators", arity));
            }
        }
        return errors;
    }

    private static boolean inCycle(String number, Map<String, String> parents) {
        Set<String> seen = new HashSet<>();
        String current = parents.get(number);
        while (current != null) {
            if (current.equals(number) || !seen.add(current)) {
                return current.equals(number);
            }
            current = parents.get(current);
        }
        return false;
    }

    private static boolean applies(ValidationRule rule, IndicatorType type) {
        return switch (rule.kind()) {
            case NON_NEGATIVE -> type != IndicatorType.PERCENTAGE;
            case NOT_GREATER_THAN, TOTAL_EQUALS_SUM -> type == IndicatorType.COUNT || type == IndicatorType.MONEY;
            case PART_NOT_GREATER_THAN_WHOLE -> type == IndicatorType.RATIO;
            case PERCENTAGE_RANGE -> type == IndicatorType.PERCENTAGE;
        };
    }

    private static String arity(ValidationRule rule) {
        int n = rule.indicators().size();
        return switch (rule.kind()) {
            case NOT_GREATER_THAN -> n == 2 ? null : "a NOT_GREATER_THAN rule names exactly two indicators (part, whole)";
            case TOTAL_EQUALS_SUM -> n >= 3 ? null : "a TOTAL_EQUALS_SUM rule names the total and at least two parts";
            default -> null;
        };
    }
}
