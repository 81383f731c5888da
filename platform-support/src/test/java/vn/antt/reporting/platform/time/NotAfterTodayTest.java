package vn.antt.reporting.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

class NotAfterTodayTest {

    /** 00:30 on 7/6/2025 in Vietnam: still 6/6/2025 (17:30) in UTC. */
    static final Clock HALF_PAST_MIDNIGHT_IN_VIETNAM_ON_A_UTC_CLOCK =
            Clock.fixed(OffsetDateTime.parse("2025-06-07T00:30:00+07:00").toInstant(), ZoneOffset.UTC);

    record Document(@NotAfterToday LocalDate issuedOn) {
    }

    @Test
    void aDocumentDatedTodayInVietnamIsAcceptedAtHalfPastMidnightAndTomorrowIsNot() {
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .clockProvider(() -> HALF_PAST_MIDNIGHT_IN_VIETNAM_ON_A_UTC_CLOCK).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new Document(LocalDate.of(2025, 6, 7)))).isEmpty();
            assertThat(validator.validate(new Document(LocalDate.of(2025, 6, 6)))).isEmpty();
            assertThat(validator.validate(new Document(null))).isEmpty();
            assertThat(validator.validate(new Document(LocalDate.of(2025, 6, 8))))
                    .singleElement().satisfies(v -> {
                        assertThat(v.getPropertyPath()).hasToString("issuedOn");
                        assertThat(v.getMessage()).isEqualTo("must not be after today in Vietnam (Asia/Ho_Chi_Minh)");
                    });
        }
    }

    @Test
    void todayAndMidnightAreVietnamsWhateverTheClocksZone() {
        assertThat(PlatformTime.today(HALF_PAST_MIDNIGHT_IN_VIETNAM_ON_A_UTC_CLOCK)).isEqualTo(LocalDate.of(2025, 6, 7));
        assertThat(PlatformTime.startOf(LocalDate.of(2025, 6, 10))).hasToString("2025-06-09T17:00:00Z");
        assertThat(PlatformTime.inVietnam(PlatformTime.startOf(LocalDate.of(2025, 6, 10)))).hasToString("2025-06-10T00:00+07:00");
    }
}
