package vn.antt.reporting.contracts.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FigureSumsTest {

    private static FigureValue value(String indicator, Qualifier qualifier, long amount) {
        return new FigureValue(indicator, qualifier, BigDecimal.valueOf(amount), null, Map.of());
    }

    @Test
    void qualifiersAddUpAsHonestlyAsArithmeticAllows() {
        assertThat(FigureSums.combine(Qualifier.EXACT, Qualifier.EXACT)).isEqualTo(Qualifier.EXACT);
        assertThat(FigureSums.combine(Qualifier.MORE_THAN, Qualifier.EXACT)).isEqualTo(Qualifier.MORE_THAN);
        assertThat(FigureSums.combine(Qualifier.MORE_THAN, Qualifier.MORE_THAN)).isEqualTo(Qualifier.MORE_THAN);
        assertThat(FigureSums.combine(Qualifier.NEARLY, Qualifier.EXACT)).isEqualTo(Qualifier.NEARLY);
        assertThat(FigureSums.combine(Qualifier.MORE_THAN, Qualifier.NEARLY)).isEqualTo(Qualifier.ABOUT);
        assertThat(FigureSums.combine(Qualifier.ABOUT, Qualifier.EXACT)).isEqualTo(Qualifier.ABOUT);
    }

    @Test
    void sumsPerIndicatorPairsAndCategories() {
        List<FigureValue> sums = FigureSums.sum(List.of(
                value("propaganda.sessions", Qualifier.MORE_THAN, 100),
                value("propaganda.sessions", Qualifier.EXACT, 42),
                new FigureValue("safe-hamlets", Qualifier.EXACT, BigDecimal.valueOf(9), BigDecimal.valueOf(9), Map.of()),
                new FigureValue("safe-hamlets", Qualifier.EXACT, BigDecimal.valueOf(7), BigDecimal.valueOf(8), Map.of()),
                new FigureValue("xep-loai", Qualifier.EXACT, BigDecimal.valueOf(3), null, Map.of("Khá", BigDecimal.valueOf(2), "Yếu", BigDecimal.ONE)),
                new FigureValue("xep-loai", Qualifier.EXACT, BigDecimal.valueOf(2), null, Map.of("Khá", BigDecimal.valueOf(2))),
                value("ty-le", Qualifier.EXACT, 99)), Set.of("ty-le"));

        assertThat(sums).containsExactly(
                value("propaganda.sessions", Qualifier.MORE_THAN, 142),
                new FigureValue("safe-hamlets", Qualifier.EXACT, BigDecimal.valueOf(16), BigDecimal.valueOf(17), Map.of()),
                new FigureValue("xep-loai", Qualifier.EXACT, BigDecimal.valueOf(5), null, Map.of("Khá", BigDecimal.valueOf(4), "Yếu", BigDecimal.ONE)));
    }
}
