package vn.antt.reporting.platform.events;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import vn.antt.reporting.contracts.CloudEventCodec;

@AutoConfiguration
public class PlatformEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CloudEventCodec cloudEventCodec() {
        return new CloudEventCodec();
    }

    /** All time comes from this clock, so tests can stand at any instant (e.g. 9/6/2025 23:59 +07:00). */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
