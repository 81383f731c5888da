package vn.antt.reporting.notification.message;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import vn.antt.reporting.platform.text.VietnameseFormat;
import vn.antt.reporting.platform.time.PlatformTime;

/**
 * The texts of notifications: {@code notifications/messages.properties} in Vietnamese, {@code messages_en} in
 * English for users who chose it (any text missing there falls back to Vietnamese). Dates are dd/MM/yyyy in
 * Vietnam's time (+07:00), numbers with {@code .} for thousands, in both languages.
 */
@Component
public class MessageTemplates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(PlatformTime.ZONE);
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    MessageTemplates() {
        source.setBasename("notifications/messages");
        source.setDefaultEncoding("UTF-8");
        // Vietnamese is the base bundle: never fall back to the machine's locale.
        source.setFallbackToSystemLocale(false);
    }

    /** A rendered message: subject line and plain-text body. */
    public record Rendered(String subject, String body) {
    }

    public Rendered render(String template, String language, Object... args) {
        Locale locale = localeOf(language);
        return new Rendered(source.getMessage(template + ".subject", args, locale), source.getMessage(template + ".body", args, locale));
    }

    public String text(String key, String language, Object... args) {
        return source.getMessage(key, args, localeOf(language));
    }

    /** "trước ngày 10/06/2025" for a deadline at midnight in Vietnam, else "trước 17:00 ngày 10/06/2025". */
    public String deadline(Instant deadline, String language) {
        LocalTime local = deadline.atZone(PlatformTime.ZONE).toLocalTime();
        return local.equals(LocalTime.MIDNIGHT) ? text("deadline.day", language, VietnameseFormat.date(deadline))
                : text("deadline.time", language, TIME.format(deadline), VietnameseFormat.date(deadline));
    }

    /** "3 ngày", "12 giờ". */
    public String duration(Duration duration, String language) {
        if (duration.toHours() % 24 == 0 && !duration.isZero()) {
            return VietnameseFormat.number(BigDecimal.valueOf(duration.toDays())) + " " + text("day", language);
        }
        return VietnameseFormat.number(BigDecimal.valueOf(Math.max(1, duration.toHours()))) + " " + text("hour", language);
    }

    public static String number(long value) {
        return VietnameseFormat.number(BigDecimal.valueOf(value));
    }

    private static Locale localeOf(String language) {
        return "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
    }
}
