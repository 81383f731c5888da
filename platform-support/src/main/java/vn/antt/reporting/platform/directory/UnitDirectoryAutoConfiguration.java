package vn.antt.reporting.platform.directory;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.platform.cache.ReadCache;
import vn.antt.reporting.platform.cache.ReadCacheAutoConfiguration;
import vn.antt.reporting.platform.cache.ReadCacheProperties;
import vn.antt.reporting.platform.events.PlatformEventsAutoConfiguration;
import vn.antt.reporting.platform.plans.ReviewChains;
import vn.antt.reporting.platform.time.PlatformTimeAutoConfiguration;

/**
 * Gives a service its read model of the unit directory. To keep it fed, the service lists
 * {@code unitDirectory} in {@code spring.cloud.function.definition} and binds {@code unitDirectory-in-0}
 * to the {@code unit-directory} topic with its own consumer group.
 */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, PlatformEventsAutoConfiguration.class, PlatformTimeAutoConfiguration.class,
        ReadCacheAutoConfiguration.class})
@ConditionalOnBean(MongoTemplate.class)
public class UnitDirectoryAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UnitDirectoryAutoConfiguration.class);

    @Bean
    UnitDirectory unitDirectoryReadModel(MongoTemplate mongo, java.time.Clock clock, ReadCacheProperties cache) {
        return new UnitDirectory(mongo, clock, ReadCache.of(cache));
    }

    /** Who reviews a unit's report under a plan, from the plan's chains and this directory. */
    @Bean
    ReviewChains reviewChains(UnitDirectory directory) {
        return new ReviewChains(directory);
    }

    @Bean
    Consumer<Message<byte[]>> unitDirectory(UnitDirectory directory, CloudEventCodec codec) {
        return message -> {
            UnitChanged event = codec.decode(message.getPayload(), UnitChanged.class).data();
            if (directory.apply(event)) {
                log.debug("Directory unit {} now at revision {}", event.code(), event.revision());
            }
        };
    }
}
