package vn.antt.reporting.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The platform's one definition of time: every calendar rule (the date of a document, "trước ngày 10/6/2025", a
 * "daily" digest, a reminder "3 days before") is computed in Asia/Ho_Chi_Minh from the injected {@link Clock},
 * whatever the JVM's own time zone (the tests run with {@code -Duser.timezone=UTC} on purpose).
 */
public final class PlatformTime {

    /** Vietnam's time zone (+07:00, no daylight saving time). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private PlatformTime() {
    }

    /** Today's date in Vietnam by {@code clock} (whatever zone the clock carries). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The date an instant falls on in Vietnam. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** 00:00 of {@code day} in Vietnam: "trước ngày 10/6/2025" is before {@code startOf(2025-06-10)}. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The instant as people in Vietnam read it, with its offset: 2025-06-09T17:00Z → 2025-06-10T00:00+07:00. */
    public static OffsetDateTime inVietnam(Instant instant) {
        return instant.atZone(ZONE).toOffsetDateTime();
    }
}
