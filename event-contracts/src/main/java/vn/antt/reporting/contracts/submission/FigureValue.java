package vn.antt.reporting.contracts.submission;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One reported value of an outline indicator.
 *
 * @param indicator    indicator code from the plan's outline, e.g. {@code propaganda.sessions}
 * @param qualifier    how exact the value is
 * @param amount       the value (count, VND, percentage, numerator of x/y, cases of "30 vụ - 77 đối tượng")
 * @param secondAmount the paired value where the indicator has one (denominator of x/y, persons), else null
 * @param breakdown    counts per category for classification indicators (Xuất sắc/Khá/...), else empty
 */
public record FigureValue(String indicator, Qualifier qualifier, BigDecimal amount, BigDecimal secondAmount,
                          Map<String, BigDecimal> breakdown) {

    public FigureValue {
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        breakdown = breakdown == null ? Map.of() : Map.copyOf(breakdown);
    }

    public static FigureValue exact(String indicator, long amount) {
        return new FigureValue(indicator, Qualifier.EXACT, BigDecimal.valueOf(amount), null, Map.of());
    }
}
