package vn.antt.reporting.web.format;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.platform.text.VietnameseFormat;

/**
 * What templates call to write dates, numbers and figures ({@code ${@fmt.dateTime(x)}}): the platform's
 * {@link VietnameseFormat}, with the clock for "time left". No rule is decided here, only how a value reads.
 */
@Component("fmt")
public class Formats {

    private final Clock clock;

    public Formats(Clock clock) {
        this.clock = clock;
    }

    /** "10/06/2025 00:00" in Asia/Ho_Chi_Minh; empty for none. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : VietnameseFormat.dateAndTime(instant);
    }

    /** "10/06/2025 00:00 +07:00": an instant with its offset (an audit trail's times). */
    public String dateTimeWithOffset(Instant instant) {
        return instant == null ? "" : VietnameseFormat.dateTimeWithOffset(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : VietnameseFormat.date(date);
    }

    public String number(BigDecimal value) {
        return value == null ? "" : VietnameseFormat.number(value);
    }

    /** "còn 2 ngày 3 giờ" or "quá hạn 540 ngày". */
    public String timeLeft(Instant deadline) {
        return deadline == null ? "" : VietnameseFormat.timeLeft(clock.instant(), deadline);
    }

    public boolean passed(Instant deadline) {
        return deadline != null && !clock.instant().isBefore(deadline);
    }

    /** "chính xác", "hơn", "gần", "khoảng": the words of the qualifier select. */
    public String qualifierName(Qualifier qualifier) {
        return qualifier == Qualifier.EXACT ? "chính xác" : VietnameseFormat.qualifierWord(qualifier).strip();
    }

    /** A reported value as the report prints it ("hơn 100 lượt", "30 vụ - 77 đối tượng"): the platform's one wording. */
    public String figure(FigureValue value, Indicator indicator) {
        return value == null ? "" : VietnameseFormat.figure(indicator, value);
    }
}
