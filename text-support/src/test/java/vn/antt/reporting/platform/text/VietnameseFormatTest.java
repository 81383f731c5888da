package vn.antt.reporting.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

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
    }

    @Test
    void tableDatesAndTheTimeLeftBeforeADeadline() {
        Instant deadline = Instant.parse("2025-06-09T17:00:00Z");
        assertThat(VietnameseFormat.dateAndTime(deadline)).isEqualTo("10/06/2025 00:00");
        assertThat(VietnameseFormat.date(LocalDate.of(2025, 6, 6))).isEqualTo("06/06/2025");
        assertThat(VietnameseFormat.timeLeft(deadline.minus(Duration.ofHours(51)), deadline)).isEqualTo("còn 2 ngày 3 giờ");
        assertThat(VietnameseFormat.timeLeft(deadline.minus(Duration.ofMinutes(45)), deadline)).isEqualTo("còn 45 phút");
        assertThat(VietnameseFormat.timeLeft(deadline.plus(Duration.ofHours(3)), deadline)).isEqualTo("quá hạn 3 giờ");
        assertThat(VietnameseFormat.timeLeft(deadline.plus(Duration.ofDays(540).plusHours(5)), deadline)).isEqualTo("quá hạn 540 ngày");
    }
}
