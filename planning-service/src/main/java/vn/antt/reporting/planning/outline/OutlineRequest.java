package vn.antt.reporting.planning.outline;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.planning.RuleKind;
import vn.antt.reporting.contracts.planning.Severity;
import vn.antt.reporting.contracts.planning.ValidationRule;

/**
 * A whole outline (Đề cương) as an administrator writes it: its numbered sections, the figures it
 * asks for and the checks on them. Each write is a new immutable version.
 */
public record OutlineRequest(
        @NotBlank @Size(max = 500) String title,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Section> sections,
        @Size(max = 1000) List<@Valid @NotNull IndicatorInput> indicators,
        @Size(max = 1000) List<@Valid @NotNull Rule> rules) {

    public OutlineRequest {
        indicators = indicators == null ? List.of() : indicators;
        rules = rules == null ? List.of() : rules;
    }

    /** "I", "II.1", "2.1", "a)"... as the outline writes it; {@code parentNumber} null at the top; not required when absent. */
    public record Section(@NotBlank @Size(max = 20) String number, @Size(max = 20) String parentNumber,
                          @NotBlank @Size(max = 1000) String title, @Size(max = 10_000) String guidance, Boolean required) {

        OutlineSection toContract() {
            return new OutlineSection(number.strip(), parentNumber == null || parentNumber.isBlank() ? null : parentNumber.strip(),
                    title.strip(), guidance, Boolean.TRUE.equals(required));
        }
    }

    public record IndicatorInput(
            @NotBlank @Pattern(regexp = "[a-z0-9]+([.-][a-z0-9]+)*", message = "lower-case letters and digits separated by '.' or '-'")
            @Size(max = 100) String code,
            @NotBlank @Size(max = 20) String sectionNumber,
            @NotBlank @Size(max = 500) String label,
            @NotNull IndicatorType type,
            @Size(max = 50) String unitOfMeasure,
            @Size(max = 50) String secondUnitOfMeasure,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> categories,
            Boolean required) {

        Indicator toContract() {
            return new Indicator(code, sectionNumber.strip(), label.strip(), type, unitOfMeasure, secondUnitOfMeasure, categories,
                    Boolean.TRUE.equals(required));
        }
    }

    public record Rule(
            @NotBlank @Size(max = 100) String code,
            @NotNull RuleKind kind,
            @NotEmpty @Size(max = 100) List<@NotBlank String> indicators,
            @NotNull Severity severity,
            @NotBlank @Size(max = 500) String message) {

        ValidationRule toContract() {
            return new ValidationRule(code, kind, indicators, severity, message.strip());
        }
    }
}
