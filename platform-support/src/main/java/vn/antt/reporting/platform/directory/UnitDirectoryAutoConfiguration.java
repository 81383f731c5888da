package vn.antt.reporting.platform.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
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
 * to the {@code unit-directory} topic with its own consumer group, in batch mode ({@code consumer.batch-mode: true},
 * {@code use-native-decoding: true}) with a {@code dlq-name}.
 */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, PlatformEventsAutoConfiguration.class, PlatformTimeAutoConfiguration.class,
        ReadCacheAutoConfiguration.class})
@ConditionalOnBean(MongoTemplate.class)
public class UnitDirectoryAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UnitDirectoryAutoConfiguration.class);
    private static final int LOGGED_BATCH = 100;

    @Bean
    UnitDirectory unitDirectoryReadModel(MongoTemplate mongo, java.time.Clock clock, ReadCacheProperties cache) {
        return new UnitDirectory(mongo, clock, ReadCache.of(cache));
    }

    /** Who reviews a unit's report under a plan, from the plan's chains and this directory. */
    @Bean
    ReviewChains reviewChains(UnitDirectory directory) {
        return new ReviewChains(directory);
    }

    /**
     * One poll → one bulk write ({@link UnitDirectory#apply(List)}): an import of both lists publishes ≈ 15.000 events, and one store
     * round trip each kept the services minutes behind. An unreadable record is named by its index
     * ({@link BatchListenerFailedException}): the records before it are written, it goes alone to the binding's
     * dead-letter topic (platform {@code BatchDeadLetters}), the ones after it come again with the next poll.
     */
    @Bean
    Consumer<Message<List<byte[]>>> unitDirectory(UnitDirectory directory, CloudEventCodec codec) {
        return message -> {
            List<byte[]> payloads = message.getPayload();
            List<UnitChanged> events = new ArrayList<>(payloads.size());
            for (byte[] payload : payloads) {
                UnitChanged event;
                try {
                    event = readable(codec.decode(payload, UnitChanged.class).data());
                } catch (RuntimeException unreadable) {
                    apply(directory, events);
                    throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, events.size());
                }
                events.add(event);
            }
            apply(directory, events);
        };
    }

    private static UnitChanged readable(UnitChanged event) {
        if (event == null || event.code() == null || event.code().isBlank()) {
            throw new IllegalArgumentException("a unit-changed event without a unit code");
        }
        return event;
    }

    private static void apply(UnitDirectory directory, List<UnitChanged> events) {
        if (events.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        int changed = directory.apply(events);
        long millis = (System.nanoTime() - started) / 1_000_000;
        // A large poll is a catch-up (an import, a new group): logged, so that its pace can be read from the log.
        if (events.size() >= LOGGED_BATCH) {
            log.info("Directory: {} events applied in one bulk write in {} ms ({} versions changed)", events.size(), millis, changed);
        } else {
            log.debug("Directory: {} events applied in {} ms ({} versions changed)", events.size(), millis, changed);
        }
    }
}
