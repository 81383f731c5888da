package vn.antt.reporting.submission.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.planning.RuleKind;
import vn.antt.reporting.contracts.planning.Severity;
import vn.antt.reporting.contracts.planning.ValidationRule;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.text.VietnameseFormat;

/**
 * Checks a report against its plan's outline: sections known and required ones filled, indicators
 * known and of the right shape, and the outline's rules. Blocking errors name the field; warnings are
 * kept with the submission. Pure: no I/O, so it is tested directly.
 */
public final class SubmissionValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record Result(List<FieldError> errors, List<ValidationWarning> warnings) {
    }

    private SubmissionValidator() {
    }

    public static Result validate(OutlinePublished outline, List<SectionText> sections, List<FigureValue> figures) {
        List<FieldError> errors = new ArrayList<>();
        List<ValidationWarning> warnings = new ArrayList<>();
        checkSections(outline, sections, errors);
        Map<String, Integer> positions = checkFigures(outline, figures, errors);
        for (ValidationRule rule : outline.rules()) {
            String broken = evaluate(rule, figures, positions);
            if (broken == null) {
                continue;
            }
            if (rule.severity() == Severity.ERROR) {
                String first = rule.indicators().isEmpty() ? null : rule.indicators().get(0);
                Integer at = first == null ? null : positions.get(first);
                errors.add(new FieldError(at == null ? "figures" : "figures[" + at + "]",
                        rule.message() + " (" + rule.code() + "): " + broken));
            } else {
                warnings.add(new ValidationWarning(rule.code(), rule.message() + ": " + broken, rule.indicators()));
            }
        }
        return new Result(errors, warnings);
    }

    private static void checkSections(OutlinePublished outline, List<SectionText> sections, List<FieldError> errors) {
        Map<String, OutlineSection> known = new HashMap<>();
        outline.sections().forEach(s -> known.put(s.number(), s));
        Set<String> seen = new HashSet<>();
        Set<String> filled = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            SectionText section = sections.get(i);
            if (!known.containsKey(section.number())) {
                errors.add(new FieldError("sections[" + i + "].number",
                        "Mục '" + section.number() + "' không có trong đề cương"));
            } else if (!seen.add(section.number())) {
                errors.add(new FieldError("sections[" + i + "].number", "Mục '" + section.number() + "' bị lặp"));
            } else if (section.text() != null && !section.text().isBlank()) {
                // A filled section also fills every section above it.
                for (String n = section.number(); n != null; n = known.get(n) == null ? null : known.get(n).parentNumber()) {
                    filled.add(n);
                }
            }
        }
        for (OutlineSection required : outline.sections()) {
            if (required.required() && !filled.contains(required.number())) {
                errors.add(new FieldError("sections", "Thiếu nội dung mục bắt buộc " + required.number() + ". "
                        + required.title()));
            }
        }
    }

    private static Map<String, Integer> checkFigures(OutlinePublished outline, List<FigureValue> figures,
                                                     List<FieldError> errors) {
        Map<String, Indicator> known = new HashMap<>();
        outline.indicators().forEach(i -> known.put(i.code(), i));
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            FigureValue figure = figures.get(i);
            String field = "figures[" + i + "]";
            Indicator indicator = known.get(figure.indicator());
            if (indicator == null) {
                errors.add(new FieldError(field + ".indicator", "Chỉ tiêu '" + figure.indicator() + "' không có trong đề cương"));
                continue;
            }
            if (positions.putIfAbsent(figure.indicator(), i) != null) {
                errors.add(new FieldError(field + ".indicator", "Chỉ tiêu '" + figure.indicator() + "' bị lặp"));
                continue;
            }
            checkShape(indicator, figure, field, errors);
        }
        for (Indicator indicator : outline.indicators()) {
            if (indicator.required() && !positions.containsKey(indicator.code())) {
                errors.add(new FieldError("figures", "Thiếu chỉ tiêu bắt buộc '" + indicator.code() + "' ("
                        + indicator.label() + ")"));
            }
        }
        return positions;
    }

    private static void checkShape(Indicator indicator, FigureValue figure, String field, List<FieldError> errors) {
        IndicatorType type = indicator.type();
        boolean paired = type == IndicatorType.RATIO || type == IndicatorType.PAIRED_COUNT;
        if (type != IndicatorType.PERCENTAGE && !isWhole(figure.amount())) {
            errors.add(new FieldError(field + ".amount", "Giá trị phải là số nguyên"));
        }
        if (paired && figure.secondAmount() == null) {
            errors.add(new FieldError(field + ".secondAmount", type == IndicatorType.RATIO
                    ? "Tỷ lệ x/y cần giá trị y" : "Cần số " + indicator.secondUnitOfMeasure()));
        } else if (paired && !isWhole(figure.secondAmount())) {
            errors.add(new FieldError(field + ".secondAmount", "Giá trị phải là số nguyên"));
        } else if (!paired && figure.secondAmount() != null) {
            errors.add(new FieldError(field + ".secondAmount", "Chỉ tiêu này không có giá trị thứ hai"));
        }
        if (type == IndicatorType.RATIO && figure.secondAmount() != null
                && figure.amount().compareTo(figure.secondAmount()) > 0) {
            errors.add(new FieldError(field + ".amount", "x không thể lớn hơn y trong tỷ lệ x/y"));
        }
        if (type == IndicatorType.PERCENTAGE && figure.amount().compareTo(HUNDRED) > 0) {
            errors.add(new FieldError(field + ".amount", "Tỷ lệ phần trăm không thể lớn hơn 100"));
        }
        if (type == IndicatorType.CLASSIFICATION) {
            checkClassification(indicator, figure, field, errors);
        } else if (!figure.breakdown().isEmpty()) {
            errors.add(new FieldError(field + ".breakdown", "Chỉ tiêu này không có phân loại"));
        }
    }

    private static void checkClassification(Indicator indicator, FigureValue figure, String field, List<FieldError> errors) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> entry : figure.breakdown().entrySet()) {
            if (!indicator.categories().contains(entry.getKey())) {
                errors.add(new FieldError(field + ".breakdown." + entry.getKey(),
                        "Loại '" + entry.getKey() + "' không thuộc " + String.join(", ", indicator.categories())));
            } else if (!isWhole(entry.getValue())) {
                errors.add(new FieldError(field + ".breakdown." + entry.getKey(), "Giá trị phải là số nguyên"));
            }
            total = total.add(entry.getValue());
        }
        if (figure.qualifier() == Qualifier.EXACT && total.compareTo(figure.amount()) != 0) {
            errors.add(new FieldError(field + ".amount", "Tổng số đơn vị (" + VietnameseFormat.number(figure.amount())
                    + ") khác tổng các loại (" + VietnameseFormat.number(total) + ")"));
        }
    }

    /** Returns what is wrong, or null when the rule holds or cannot be judged (values missing or not exact). */
    private static String evaluate(ValidationRule rule, List<FigureValue> figures, Map<String, Integer> positions) {
        List<FigureValue> values = new ArrayList<>();
        for (String code : rule.indicators()) {
            Integer at = positions.get(code);
            values.add(at == null ? null : figures.get(at));
        }
        switch (rule.kind()) {
            case NON_NEGATIVE:
                return values.stream().anyMatch(v -> v != null && v.amount().signum() < 0) ? "có giá trị âm" : null;
            case PART_NOT_GREATER_THAN_WHOLE:
                for (FigureValue v : values) {
                    if (v != null && v.secondAmount() != null && v.amount().compareTo(v.secondAmount()) > 0) {
                        return VietnameseFormat.number(v.amount()) + "/" + VietnameseFormat.number(v.secondAmount());
                    }
                }
                return null;
            case PERCENTAGE_RANGE:
                for (FigureValue v : values) {
                    if (v != null && (v.amount().signum() < 0 || v.amount().compareTo(HUNDRED) > 0)) {
                        return VietnameseFormat.number(v.amount()) + "%";
                    }
                }
                return null;
            default:
                break;
        }
        // The remaining rules compare values with each other: only exact values can be compared
        // ("hơn 10" against "20" proves nothing), and all of them must be present.
        if (values.size() < 2 || values.stream().anyMatch(v -> v == null || v.qualifier() != Qualifier.EXACT)) {
            return null;
        }
        if (rule.kind() == RuleKind.NOT_GREATER_THAN) {
            return values.get(0).amount().compareTo(values.get(1).amount()) > 0
                    ? VietnameseFormat.number(values.get(0).amount()) + " > " + VietnameseFormat.number(values.get(1).amount()) : null;
        }
        // TOTAL_EQUALS_SUM
        BigDecimal parts = values.subList(1, values.size()).stream().map(FigureValue::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = values.get(0).amount();
        return total.compareTo(parts) == 0 ? null
                : "tổng " + VietnameseFormat.number(total) + " ≠ " + VietnameseFormat.number(parts) + " (tổng các khoản)";
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
