package vn.antt.reporting.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event record: its CloudEvents type (without version), schema version and topic.
 * A breaking change gets a new record with {@code version + 1}; additive fields keep the version
 * (readers ignore unknown fields).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** Kebab-case name, e.g. {@code report-submitted}. */
    String name();

    int version();

    /** Topic the event is published to, one of {@link Topics}. */
    String topic();
}
