package vn.antt.reporting.submission.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;

/** What a clerk submits: the unit's report for a plan. */
public record SubmitReportRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String planId,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+") String unitCode,
        @NotNull @Valid OfficialDocument document,
        @Size(max = 500) List<@Valid @NotNull SectionText> sections,
        @Size(max = 2000) List<@Valid @NotNull FigureInput> figures) {

    public List<SectionText> sectionsOrEmpty() {
        return sections == null ? List.of() : sections;
    }

    public List<FigureInput> figuresOrEmpty() {
        return figures == null ? List.of() : figures;
    }

    /** One indicator value; amounts are non-negative and bounded so sums cannot overflow a report. */
    public record FigureInput(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9._-]+") String indicator,
            Qualifier qualifier,
            @NotNull @PositiveOrZero @DecimalMax("1e18") BigDecimal amount,
            @PositiveOrZero @DecimalMax("1e18") BigDecimal secondAmount,
            Map<@NotBlank @Size(max = 64) String, @NotNull @PositiveOrZero @DecimalMax("1e18") BigDecimal> breakdown) {

        /** The value as the contracts carry it (categories in a fixed order). */
        public FigureValue toValue() {
            return new FigureValue(indicator, qualifier, amount, secondAmount,
                    breakdown == null ? Map.of() : new java.util.TreeMap<>(breakdown));
        }
    }
}
