package vn.antt.reporting.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** Dates and deadlines as administrators type them, read in Vietnam's time; days that do not exist are refused. */
class VietnameseDatesTest {

    @Test
    void aDateIsDayMonthYear() {
        assertThat(VietnameseDates.date("09/11/2015")).contains(LocalDate.of(2015, 11, 9));
        assertThat(VietnameseDates.date(" 9/11/2015 ")).contains(LocalDate.of(2015, 11, 9));
        assertThat(VietnameseDates.date("10-5-2025")).contains(LocalDate.of(2025, 5, 10));
        assertThat(VietnameseDates.date("2025-05-10")).isEmpty();
        assertThat(VietnameseDates.date("31/02/2025")).isEmpty();
        assertThat(VietnameseDates.date("")).isEmpty();
        assertThat(VietnameseDates.date(null)).isEmpty();
    }

    @Test
    void aDeadlineIsADateAndATimeInVietnam() {
        OffsetDateTime before10June = VietnameseDates.deadline("10/06/2025 00:00").orElseThrow();
        assertThat(before10June.toInstant()).isEqualTo(Instant.parse("2025-06-09T17:00:00Z"));
        assertThat(before10June.getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        assertThat(VietnameseDates.deadline("10/06/2025")).contains(before10June);
        assertThat(VietnameseDates.deadline("05/06/2025 17:30").orElseThrow().toInstant()).isEqualTo(Instant.parse("2025-06-05T10:30:00Z"));
        assertThat(VietnameseDates.deadline("10/06/2025 24:00")).isEmpty();
        assertThat(VietnameseDates.deadline("30/02/2025 08:00")).isEmpty();
        assertThat(VietnameseDates.deadline("ngày mai")).isEmpty();
    }

    @Test
    void whatIsReadIsWrittenBackTheSameWay() {
        assertThat(VietnameseDates.format(Instant.parse("2025-06-09T17:00:00Z"))).isEqualTo("10/06/2025 00:00");
        assertThat(VietnameseDates.format(LocalDate.of(2015, 11, 9))).isEqualTo("09/11/2015");
        assertThat(VietnameseDates.deadline(VietnameseDates.format(Instant.parse("2025-06-05T10:30:00Z"))).orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2025-06-05T10:30:00Z"));
        assertThat(VietnameseDates.format((Instant) null)).isEmpty();
    }
}
