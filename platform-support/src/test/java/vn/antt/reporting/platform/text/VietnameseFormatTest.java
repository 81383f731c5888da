package vn.antt.reporting.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.submission.Qualifier;

class VietnameseFormatTest {

    @Test
    void numbersGroupThousandsWithDotsAndUseACommaForDecimals() {
        assertThat(VietnameseFormat.number(new BigDecimal("8000"))).isEqualTo("8.000");
        assertThat(VietnameseFormat.number(new BigDecimal("11644000000"))).isEqualTo("11.644.000.000");
        assertThat(VietnameseFormat.number(new BigDecimal("99.330"))).isEqualTo("99,33");
        assertThat(VietnameseFormat.number(new BigDecimal("-8.1"))).isEqualTo("-8,1");
    }

    @Test
    void ratesReadAsTheSeedsWriteThem() {
        // Seed 003: "149/150 (đạt 99,33%)"; seed 002: 1.094/1.138 hamlets (96,13%).
        assertThat(VietnameseFormat.achieved(BigDecimal.valueOf(149), BigDecimal.valueOf(150))).isEqualTo("149/150 (đạt 99,33%)");
        assertThat(VietnameseFormat.achieved(BigDecimal.valueOf(1094), BigDecimal.valueOf(1138))).isEqualTo("1.094/1.138 (đạt 96,13%)");
        // Seed 003's shares of a classification: "63/73 (86,3%)".
        assertThat(VietnameseFormat.rate(BigDecimal.valueOf(63), BigDecimal.valueOf(73))).isEqualTo("63/73 (86,3%)");
        assertThat(VietnameseFormat.rate(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo("0/0");
    }

    @Test
    void qualifiersAndDatesInVietnamTime() {
        assertThat(VietnameseFormat.qualified(Qualifier.MORE_THAN, BigDecimal.valueOf(8000))).isEqualTo("hơn 8.000");
        assertThat(VietnameseFormat.qualified(Qualifier.NEARLY, new BigDecimal("100000000"))).isEqualTo("gần 100.000.000");
        assertThat(VietnameseFormat.qualified(Qualifier.EXACT, BigDecimal.valueOf(20))).isEqualTo("20");
        // "trước ngày 10/6/2025" is 2025-06-09T17:00Z.
        assertThat(VietnameseFormat.date(Instant.parse("2025-06-09T17:00:00Z"))).isEqualTo("10/06/2025");
        assertThat(VietnameseFormat.dateTime(Instant.parse("2025-06-09T17:00:00Z"))).isEqualTo("00:00 ngày 10/06/2025");
        assertThat(VietnameseFormat.dateTimeWithOffset(Instant.parse("2025-06-09T17:00:00Z"))).isEqualTo("10/06/2025 00:00 +07:00");
    }
}
