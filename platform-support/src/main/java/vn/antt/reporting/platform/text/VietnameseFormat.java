package vn.antt.reporting.platform.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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
        return switch (qualifier == null ? Qualifier.EXACT : qualifier) {
            case EXACT -> "";
            case MORE_THAN -> "hơn ";
            case NEARLY -> "gần ";
            case ABOUT -> "khoảng ";
        };
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

    /** "10/06/2025 00:00 +07:00": an instant with its offset, in both languages. */
    public static String dateTimeWithOffset(Instant instant) {
        return DATE_TIME_OFFSET.format(instant);
    }
}
