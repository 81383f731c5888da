package vn.antt.reporting.platform.time;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NotAfterToday} against the validation's clock, which {@link PlatformTimeAutoConfiguration} sets to
 * the injected platform {@link java.time.Clock}; "today" is always Vietnam's, whatever zone that clock carries.
 */
public class NotAfterTodayValidator implements ConstraintValidator<NotAfterToday, LocalDate> {

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || !value.isAfter(PlatformTime.today(context.getClockProvider().getClock()));
    }
}
