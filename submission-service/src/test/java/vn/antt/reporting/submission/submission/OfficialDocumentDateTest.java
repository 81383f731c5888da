package vn.antt.reporting.submission.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import jakarta.validation.Validator;
import vn.antt.reporting.platform.time.PlatformTimeAutoConfiguration;

/**
 * The document's date is judged by Vietnam's calendar and the platform's injected clock: at 00:30 +07:00 (17:30 the
 * day before in UTC, the JVM's zone in the tests) a report dated today in Vietnam is accepted.
 */
class OfficialDocumentDateTest {

    /** 00:30 on 1/1/2030 in Vietnam, a clock in UTC; a date in the future, so that the machine's own clock cannot agree. */
    static final Clock HALF_PAST_MIDNIGHT = Clock.fixed(OffsetDateTime.parse("2030-01-01T00:30:00+07:00").toInstant(), ZoneOffset.UTC);

    final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PlatformTimeAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withBean(Clock.class, () -> HALF_PAST_MIDNIGHT);

    static OfficialDocument datedOn(LocalDate day) {
        return new OfficialDocument("163/BC-UBND", day, "Nguyễn Văn A", "CHỦ TỊCH", List.of("UBND huyện Sơn Tịnh"));
    }

    @Test
    void aReportDatedTodayInVietnamIsAcceptedAtHalfPastMidnightAndOneDatedTomorrowIsRefused() {
        service.run(context -> {
            Validator validator = context.getBean(Validator.class);
            assertThat(validator.validate(datedOn(LocalDate.of(2030, 1, 1)))).isEmpty();
            assertThat(validator.validate(datedOn(LocalDate.of(2030, 1, 2)))).singleElement()
                    .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("issuedOn"));
        });
    }
}
