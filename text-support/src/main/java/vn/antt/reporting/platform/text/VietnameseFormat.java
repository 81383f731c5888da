package vn.antt.reporting.platform.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.platform.time.PlatformTime;

/**
 * Numbers, rates and dates written the way officials write them: {@code 8.000}, {@code 99,33%},
 * "hơn 100", "149/150 (đạt 99,33%)", {@code 10/6/2025} in Asia/Ho_Chi_Minh. One place for every text a
 * user reads (roll-ups, alerts, messages).
 */
public final class VietnameseFormat {

    /** The platform's zone ({@link PlatformTime#ZONE}, its one definition). */
    public static final ZoneId ZONE = PlatformTime.ZONE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ZONE);
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME_OFFSET = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm xxx").withZone(ZONE);

    private VietnameseFormat() {
    }

    /** {@code 8000} → "8.000", {@code 99.33} → "99,33", {@code 11644000000} → "11.644.000.000". */
    public static String number(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##########", symbols);
        format.setParseBigDecimal(true);
        return format.format(value.stripTrailingZeros());
    }

    /** "hơn 100", "gần 100.000.000", "khoảng 35.000", "20". */
    public static String qualified(Qualifier qualifier, BigDecimal value) {
        return qualifierWord(qualifier) + number(value);
    }

    /** "hơn ", "gần ", "khoảng ", or nothing for an exact value. */
    public static String qualifierWord(Qualifier qualifier) {
        String word = QualifierWords.wordOf(qualifier == null ? Qualifier.EXACT : qualifier);
        return word.isEmpty() ? "" : word + " ";
    }

    /** {@code part} of {@code whole} in percent with two decimals (half up), or null when {@code whole} is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** "63/73 (86,3%)"; "0/0" when there is nothing to count. */
    public static String rate(BigDecimal part, BigDecimal whole) {
        return rate(part, whole, "");
    }

    /** A rate of something achieved, as seed 003 writes it: "149/150 (đạt 99,33%)". */
    public static String achieved(BigDecimal part, BigDecimal whole) {
        return rate(part, whole, "đạt ");
    }

    private static String rate(BigDecimal part, BigDecimal whole, String verb) {
        BigDecimal percent = percent(part, whole);
        String ratio = number(part) + "/" + number(whole);
        return percent == null ? ratio : ratio + " (" + verb + number(percent) + "%)";
    }

    /** "10/06/2025" for an instant, in Vietnam's time zone. */
    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** "00:00 ngày 10/06/2025". */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** "10/06/2025 00:00" (a table's column of instants), in Vietnam's time zone. */
    public static String dateAndTime(Instant instant) {
        return DATE_AND_TIME.format(instant);
    }

    /** "06/06/2025" for a calendar date (an official document's date). */
    public static String date(LocalDate date) {
        return LOCAL_DATE.format(date);
    }

    /**
     * The time left before a deadline, as a clerk reads it: "còn 2 ngày 3 giờ", "còn 45 phút", or once it has passed
     * "quá hạn 540 ngày" ("quá hạn 3 giờ" within the first day).
     */
    public static String timeLeft(Instant now, Instant deadline) {
        Duration left = Duration.between(now, deadline);
        boolean passed = left.isNegative() || left.isZero();
        Duration span = left.abs();
        long days = span.toDays();
        long hours = span.toHoursPart();
        String text;
        if (days > 0) {
            text = passed || hours == 0 ? days + " ngày" : days + " ngày " + hours + " giờ";
        } else if (hours > 0) {
            text = hours + " giờ";
        } else {
            text = Math.max(1, span.toMinutesPart()) + " phút";
        }
        return (passed ? "quá hạn " : "còn ") + text;
    }

    /**
     * The date of an administrative document as Nghị định 30/2020/NĐ-CP writes it (Phụ lục I): "ngày 06 tháng 6 năm
     * 2025", "ngày 24 tháng 02 năm 2023" — a day below 10 and a month below 3 take a leading zero.
     */
    public static String documentDate(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /**
     * One reported value as an official writes it: "hơn 100 lượt", "gần 100.000.000 đồng", "30 vụ - 77 đối tượng",
     * "149/150 (đạt 99,33%)", "99,33%", and a classification in seed 003's style: "149/163 Xuất sắc; 13/163 Khá;
     * 1/163 Trung bình; 0/163 Yếu".
     */
    public static String figure(Indicator indicator, FigureValue value) {
        IndicatorType type = indicator == null ? IndicatorType.COUNT : indicator.type();
        String unit = indicator == null ? null : indicator.unitOfMeasure();
        return switch (type) {
            case RATIO -> qualifierWord(value.qualifier()) + achieved(value.amount(), orZero(value.secondAmount()));
            case PERCENTAGE -> qualifierWord(value.qualifier()) + number(value.amount()) + "%";
            case PAIRED_COUNT -> withUnit(qualified(value.qualifier(), value.amount()), unit) + " - "
                    + withUnit(number(orZero(value.secondAmount())), indicator.secondUnitOfMeasure());
            case CLASSIFICATION -> classification(indicator, value);
            default -> withUnit(qualified(value.qualifier(), value.amount()), unit);
        };
    }

    private static String classification(Indicator indicator, FigureValue value) {
        BigDecimal all = value.breakdown().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        java.util.Set<String> categories = new java.util.LinkedHashSet<>(indicator.categories());
        categories.addAll(value.breakdown().keySet());
        return categories.stream()
                .map(c -> number(value.breakdown().getOrDefault(c, BigDecimal.ZERO)) + "/" + number(all) + " " + c)
                .collect(Collectors.joining("; "));
    }

    /** "100 lượt"; the amount alone when there is no unit of measure. */
    public static String withUnit(String amount, String unitOfMeasure) {
        return unitOfMeasure == null || unitOfMeasure.isBlank() ? amount : amount + " " + unitOfMeasure;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** "10/06/2025 00:00 +07:00": an instant with its offset, in both languages. */
    public static String dateTimeWithOffset(Instant instant) {
        return DATE_TIME_OFFSET.format(instant);
    }
}
