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
        assertThat(VietnameseFormat.dateTimeWithOffset(Instant.parse("2025-06-09T17:00:00Z"))).isEqualTo("10/06/2025 00:00 +07:00");
    }

    @Test
    void documentDatesTakeALeadingZeroForDaysBelowTenAndMonthsBelowThree() {
        // Nghị định 30/2020/NĐ-CP, Phụ lục I: seed 000 "ngày 06 tháng 6 năm 2025", seed 003 "ngày 24 tháng 11 năm 2023".
        assertThat(VietnameseFormat.documentDate(java.time.LocalDate.of(2025, 6, 6))).isEqualTo("ngày 06 tháng 6 năm 2025");
        assertThat(VietnameseFormat.documentDate(java.time.LocalDate.of(2023, 11, 24))).isEqualTo("ngày 24 tháng 11 năm 2023");
        assertThat(VietnameseFormat.documentDate(java.time.LocalDate.of(2021, 2, 1))).isEqualTo("ngày 01 tháng 02 năm 2021");
        assertThat(VietnameseFormat.documentDate(java.time.LocalDate.of(2025, 3, 10))).isEqualTo("ngày 10 tháng 3 năm 2025");
    }

    @Test
    void figuresReadAsTheUnitsWroteThem() {
        var sessions = new vn.antt.reporting.contracts.planning.Indicator("propaganda.sessions", "II.2.1", "Số lượt tuyên truyền",
                vn.antt.reporting.contracts.planning.IndicatorType.COUNT, "lượt", null, java.util.List.of(), false);
        var cases = new vn.antt.reporting.contracts.planning.Indicator("cases.solved", "II.2.1", "Vụ án",
                vn.antt.reporting.contracts.planning.IndicatorType.PAIRED_COUNT, "vụ", "đối tượng", java.util.List.of(), false);
        var grades = new vn.antt.reporting.contracts.planning.Indicator("grades", "II", "Xếp loại",
                vn.antt.reporting.contracts.planning.IndicatorType.CLASSIFICATION, "đơn vị", null,
                java.util.List.of("Xuất sắc", "Khá", "Trung bình", "Yếu"), false);
        assertThat(VietnameseFormat.figure(sessions, new vn.antt.reporting.contracts.submission.FigureValue("propaganda.sessions",
                Qualifier.MORE_THAN, BigDecimal.valueOf(8000), null, null))).isEqualTo("hơn 8.000 lượt");
        assertThat(VietnameseFormat.figure(cases, new vn.antt.reporting.contracts.submission.FigureValue("cases.solved",
                Qualifier.EXACT, BigDecimal.valueOf(30), BigDecimal.valueOf(77), null))).isEqualTo("30 vụ - 77 đối tượng");
        assertThat(VietnameseFormat.figure(grades, new vn.antt.reporting.contracts.submission.FigureValue("grades", Qualifier.EXACT,
                BigDecimal.ZERO, null, java.util.Map.of("Xuất sắc", BigDecimal.valueOf(149), "Khá", BigDecimal.valueOf(13),
                        "Trung bình", BigDecimal.ONE))))
                .isEqualTo("149/163 Xuất sắc; 13/163 Khá; 1/163 Trung bình; 0/163 Yếu");
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
