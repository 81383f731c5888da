package vn.antt.reporting.platform.outbox;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.platform.events.PlatformEventsAutoConfiguration;
import vn.antt.reporting.platform.tracing.TraceContinuation;
import vn.antt.reporting.platform.tracing.TracingAutoConfiguration;

/**
 * The transactional outbox of every service that declares an {@link OutboxCollection}: events are
 * written inside the document whose change they report and relayed to Kafka by {@link OutboxRelay}.
 */
@AutoConfiguration(after = {PlatformEventsAutoConfiguration.class, TracingAutoConfiguration.class})
@ConditionalOnClass(StreamBridge.class)
@ConditionalOnBean(OutboxCollection.class)
@EnableConfigurationProperties(OutboxProperties.class)
@EnableScheduling
public class OutboxAutoConfiguration {

    @Bean
    OutboxEvents outboxEvents(Environment environment, CloudEventCodec codec, Clock clock, TraceContinuation traces) {
        return new OutboxEvents("/" + environment.getRequiredProperty("spring.application.name"), codec, clock, traces);
    }

    @Bean
    OutboxBacklog outboxBacklog(Clock clock, ObjectProvider<MeterRegistry> meters, List<OutboxCollection> collections) {
        return new OutboxBacklog(clock, meters.getIfAvailable(SimpleMeterRegistry::new),
                collections.stream().map(OutboxCollection::name).toList());
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, StreamBridge bridge, OutboxProperties properties, Clock clock,
                            List<OutboxCollection> collections, TraceContinuation traces, OutboxBacklog backlog) {
        return new OutboxRelay(mongo, bridge, properties, clock, collections, traces, backlog);
    }
}
