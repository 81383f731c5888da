package vn.antt.reporting.contracts.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How reported values add up over units, defined once for every service that sums them (compiling a
 * district's report, rolling up a province). Qualifiers are kept as honestly as arithmetic allows: the sum of
 * exact values is exact; adding "hơn" values gives "hơn" (every part is a lower bound); adding "gần"
 * values gives "gần"; any other mix is "khoảng". Both numbers of a pair or ratio are summed; classification
 * counts are summed per category. Percentages are not summed (they are recomputed from their ratio).
 */
public final class FigureSums {

    private FigureSums() {
    }

    public static Qualifier combine(Qualifier a, Qualifier b) {
        if (a == b) {
            return a;
        }
        if (a == Qualifier.EXACT) {
            return b;
        }
        if (b == Qualifier.EXACT) {
            return a;
        }
        return Qualifier.ABOUT;
    }

    /** One value per indicator, summed over {@code figures} (indicators in first-seen order). */
    public static List<FigureValue> sum(List<FigureValue> figures, java.util.Set<String> notSummed) {
        Map<String, FigureValue> totals = new LinkedHashMap<>();
        for (FigureValue f : figures) {
            if (notSummed.contains(f.indicator())) {
                continue;
            }
            totals.merge(f.indicator(), f, FigureSums::add);
        }
        return new ArrayList<>(totals.values());
    }

    public static FigureValue add(FigureValue a, FigureValue b) {
        Map<String, BigDecimal> breakdown = new TreeMap<>(a.breakdown());
        b.breakdown().forEach((category, count) -> breakdown.merge(category, count, BigDecimal::add));
        BigDecimal second = a.secondAmount() == null && b.secondAmount() == null ? null
                : orZero(a.secondAmount()).add(orZero(b.secondAmount()));
        return new FigureValue(a.indicator(), combine(a.qualifier(), b.qualifier()), a.amount().add(b.amount()), second, breakdown);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
