package vn.antt.reporting.platform.plans;

import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.platform.cache.ReadCache;
import vn.antt.reporting.platform.cache.ReadCacheAutoConfiguration;
import vn.antt.reporting.platform.cache.ReadCacheProperties;
import vn.antt.reporting.platform.events.PlatformEventsAutoConfiguration;

/**
 * Gives a service its read models of the plans and the outline versions. To keep them fed, the service lists
 * {@code plans} (and {@code outlines}) in {@code spring.cloud.function.definition} and binds {@code plans-in-0}
 * ({@code outlines-in-0}) to the topic of that name with its own consumer group, from the earliest offset.
 */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, PlatformEventsAutoConfiguration.class, ReadCacheAutoConfiguration.class})
@ConditionalOnBean(MongoTemplate.class)
// planning-service owns the plans (its own `plans` collection) and turns this off.
@ConditionalOnProperty(name = "reporting.plans.read-model", havingValue = "true", matchIfMissing = true)
public class PlansAutoConfiguration {

    @Bean
    Plans planReadModel(MongoTemplate mongo, Outlines outlines, ReadCacheProperties cache) {
        return new Plans(mongo, outlines, ReadCache.of(cache));
    }

    @Bean
    Consumer<Message<byte[]>> plans(Plans plans, CloudEventCodec codec) {
        return message -> plans.apply(codec.decode(message.getPayload(), PlanPublished.class).data());
    }

    @Bean
    Outlines outlineReadModel(MongoTemplate mongo) {
        return new Outlines(mongo);
    }

    @Bean
    Consumer<Message<byte[]>> outlines(Outlines outlines, CloudEventCodec codec) {
        return message -> outlines.apply(codec.decode(message.getPayload(), OutlinePublished.class).data());
    }
}
