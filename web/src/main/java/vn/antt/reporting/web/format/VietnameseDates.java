package vn.antt.reporting.web.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.antt.reporting.platform.time.PlatformTime;

/**
 * Dates and deadlines as people type them in the forms (a report's document date, a plan's period and deadline): "09/11/2015" (d/M/yyyy, also with "-" or "."), and
 * "10/06/2025 00:00" (a date alone means 00:00), in Asia/Ho_Chi_Minh. A date that does not exist (31/02) is refused,
 * not moved to another day.
 */
public final class VietnameseDates {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:\\s+(\\d{1,2})[:hg](\\d{2}))?");
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private VietnameseDates() {
    }

    /** A calendar date, or empty when the text is not one. */
    public static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return of(m.group(3), m.group(2), m.group(1));
    }

    /** A deadline in Vietnam's time (+07:00), or empty when the text is not a date with an optional HH:mm. */
    public static Optional<OffsetDateTime> deadline(String text) {
        Matcher m = DATE_TIME.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = of(m.group(3), m.group(2), m.group(1));
        if (day.isEmpty()) {
            return Optional.empty();
        }
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.of(day.get(), LocalTime.of(hour, minute)).atZone(PlatformTime.ZONE).toOffsetDateTime());
    }

    /** "09/11/2015"; empty for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : SHOWN_DATE.format(date);
    }

    /** "10/06/2025 00:00" in Vietnam's time, as the deadline input takes it back; empty for none. */
    public static String format(Instant instant) {
        return instant == null ? "" : SHOWN_DATE_TIME.format(instant.atZone(PlatformTime.ZONE));
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
