package vn.antt.reporting.planning.unit;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.antt.reporting.contracts.CloudEventCodec;
import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.platform.outbox.OutboxBacklog;
import vn.antt.reporting.platform.outbox.OutboxCollection;
import vn.antt.reporting.platform.outbox.OutboxProperties;
import vn.antt.reporting.platform.outbox.OutboxRelay;
import vn.antt.reporting.platform.tracing.TraceContinuation;

/**
 * The platform's outbox relay, configured for the unit directory: publishes every unit with a pending publication
 * ({@link PendingPublications}) as {@link UnitChanged} to the compacted {@code unit-directory} topic, keyed by the
 * version's key (the unit code for a code's first version), then removes the marker, only if it is still the one
 * sent (a change stored meanwhile keeps its own). The producer is synchronous: a failed send leaves the marker, and
 * the next pass sends the same event again, with the same id. One instance at a time relays the directory, under the
 * named lease {@value #BINDING}, and the units of a batch several at a time ({@code reporting.units.relay.parallelism}):
 * a unit is one document with at most one pending event, so a batch holds each key once, and the next batch is read
 * only when every send of this one has ended. At least once, in revision order per unit, never for a change that was
 * not stored.
 */
@Component
@ConditionalOnProperty(name = "reporting.units.relay.enabled", havingValue = "true", matchIfMissing = true)
public class UnitDirectoryRelay extends OutboxRelay {

    /** Spring Cloud Stream output binding, bound to the {@code unit-directory} topic; also the relay's lease. */
    public static final String BINDING = "unitDirectory-out-0";
    static final String SOURCE = "/planning-service";

    public UnitDirectoryRelay(MongoTemplate mongo, StreamBridge bridge, CloudEventCodec codec, UnitDirectoryProperties properties,
                              Clock clock, UnitDirectoryTopic topic, TraceContinuation traces,
                              ObjectProvider<MeterRegistry> meters) {
        super(mongo, bridge, new OutboxProperties(properties.relay().interval(), properties.relay().batchSize(),
                        properties.relay().lease(), properties.relay().parallelism(), 0), clock, // a single holder: no prompt publishing
                List.of(OutboxCollection.singleHolder(Unit.COLLECTION, new PendingPublications(mongo.getConverter(), codec, topic),
                        BINDING)),
                traces, new OutboxBacklog(clock, meters.getIfAvailable(SimpleMeterRegistry::new), List.of(Unit.COLLECTION)));
    }

    /** Sends one batch of pending units; returns how many were sent, less than a batch when done or failed. */
    int publishBatch() {
        return relayBatch(Unit.COLLECTION);
    }
}
