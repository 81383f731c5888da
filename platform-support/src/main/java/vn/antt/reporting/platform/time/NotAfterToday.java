package vn.antt.reporting.platform.time;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date that is not after today in Vietnam (Asia/Ho_Chi_Minh), by the platform's clock: a report dated today
 * in Vietnam is accepted at 00:30 +07:00 although it is still yesterday in UTC. Null is valid (use
 * {@code @NotNull} to require a date).
 */
@Documented
@Constraint(validatedBy = NotAfterTodayValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotAfterToday {

    String message() default "must not be after today in Vietnam (Asia/Ho_Chi_Minh)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
