package vn.antt.reporting.web.format;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
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

    /** A reported value as the report would print it: "hơn 100 lượt", "30 vụ – 77 đối tượng", "149/150 thôn". */
    public String figure(FigureValue value, Indicator indicator) {
        if (value == null) {
            return "";
        }
        String unit = indicator == null || indicator.unitOfMeasure() == null ? "" : " " + indicator.unitOfMeasure();
        String second = indicator == null || indicator.secondUnitOfMeasure() == null ? "" : " " + indicator.secondUnitOfMeasure();
        IndicatorType type = indicator == null ? IndicatorType.COUNT : indicator.type();
        String first = VietnameseFormat.qualified(value.qualifier(), value.amount());
        return switch (type) {
            case RATIO -> first + "/" + number(value.secondAmount()) + unit;
            case PAIRED_COUNT -> first + unit + " – " + number(value.secondAmount()) + second;
            case PERCENTAGE -> first + "%";
            case CLASSIFICATION -> first + unit + " (" + String.join(", ", value.breakdown().entrySet().stream()
                    .map(e -> e.getKey() + ": " + number(e.getValue())).toList()) + ")";
            default -> first + unit;
        };
    }
}
