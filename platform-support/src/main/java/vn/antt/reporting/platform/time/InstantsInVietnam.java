package vn.antt.reporting.platform.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the services' JSON answers write instants: ISO-8601 with Vietnam's offset, as people read them
 * ({@code 2025-06-09T17:00:00Z} is written {@code "2025-06-10T00:00:00+07:00"}); an {@link OffsetDateTime} is
 * written as the same instant at +07:00. Reading accepts any offset, {@code Z} included. Events on Kafka are
 * encoded by event-contracts' {@code CloudEventCodec}, which this module does not touch.
 */
public final class InstantsInVietnam {

    private InstantsInVietnam() {
    }

    public static SimpleModule module() {
        return new SimpleModule("instants-in-vietnam")
                .addSerializer(Instant.class, new ValueSerializer<Instant>() {
                    @Override
                    public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
                        generator.writeString(format(value));
                    }
                })
                .addSerializer(OffsetDateTime.class, new ValueSerializer<OffsetDateTime>() {
                    @Override
                    public void serialize(OffsetDateTime value, JsonGenerator generator, SerializationContext context) {
                        generator.writeString(format(value.toInstant()));
                    }
                });
    }

    /** "2025-06-10T00:00:00+07:00". */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(PlatformTime.inVietnam(instant));
    }
}
