package vn.antt.reporting.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.submission.Qualifier;

class VietnameseNumbersTest {

    @Test
    void dotsGroupThousandsAndTheCommaMarksDecimals() {
        assertThat(VietnameseNumbers.parse("8.000")).isEqualByComparingTo("8000");
        assertThat(VietnameseNumbers.parse("99,33")).isEqualByComparingTo("99.33");
        assertThat(VietnameseNumbers.parse("1.250.000,5")).isEqualByComparingTo("1250000.5");
        assertThat(VietnameseNumbers.parse("12 500 000")).isEqualByComparingTo("12500000");
        assertThat(VietnameseNumbers.parse("150")).isEqualTo(new BigDecimal("150"));
    }

    @Test
    void whatCouldBeReadTwoWaysOrIsNoNumberIsRefused() {
        assertThatThrownBy(() -> VietnameseNumbers.parse("99.33")).hasMessageContaining("không phải là số");
        assertThatThrownBy(() -> VietnameseNumbers.parse("8,000.5")).hasMessageContaining("không phải là số");
        assertThatThrownBy(() -> VietnameseNumbers.parse("mười")).hasMessageContaining("không phải là số");
        assertThatThrownBy(() -> VietnameseNumbers.parse("-5")).hasMessageContaining("âm");
    }

    @Test
    void qualifierWordsAreKept() {
        assertThat(VietnameseNumbers.splitQualifier("hơn 8.000")).isEqualTo(new VietnameseNumbers.Qualified(Qualifier.MORE_THAN, "8.000"));
        assertThat(VietnameseNumbers.splitQualifier("Trên 100")).isEqualTo(new VietnameseNumbers.Qualified(Qualifier.MORE_THAN, "100"));
        assertThat(VietnameseNumbers.splitQualifier("gần 100")).isEqualTo(new VietnameseNumbers.Qualified(Qualifier.NEARLY, "100"));
        assertThat(VietnameseNumbers.splitQualifier("khoảng 30")).isEqualTo(new VietnameseNumbers.Qualified(Qualifier.ABOUT, "30"));
        assertThat(VietnameseNumbers.splitQualifier("30")).isEqualTo(new VietnameseNumbers.Qualified(Qualifier.EXACT, "30"));
    }
}
