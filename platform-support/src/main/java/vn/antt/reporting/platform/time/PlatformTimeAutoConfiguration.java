package vn.antt.reporting.platform.time;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's clock, in Vietnam's zone, injected wherever time is read (tests replace it to stand at any instant,
 * e.g. 9/6/2025 23:59 +07:00); bean validation reads the same clock, so {@link NotAfterToday} (and {@code @PastOrPresent}
 * and friends) judge by Vietnam's calendar and the test's instant. The services' JSON answers write instants with
 * Vietnam's offset ({@link InstantsInVietnam}).
 */
@AutoConfiguration(before = {ValidationAutoConfiguration.class, JacksonAutoConfiguration.class})
public class PlatformTimeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(PlatformTime.ZONE);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ValidationConfigurationCustomizer.class)
    static class ValidationClock {

        @Bean
        ValidationConfigurationCustomizer platformValidationClock(ObjectProvider<Clock> clock) {
            return configuration -> configuration.clockProvider(() -> clock.getObject().withZone(PlatformTime.ZONE));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JsonMapperBuilderCustomizer.class)
    static class JsonInstants {

        @Bean
        JsonMapperBuilderCustomizer platformInstantsInVietnam() {
            return builder -> builder.addModule(InstantsInVietnam.module());
        }
    }
}
