package vn.antt.reporting.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param relayInterval pause between two relay passes
 * @param batchSize     documents claimed per pass
 * @param lease         how long a relay instance holds a claimed document before another may take it
 * @param parallelism   documents relayed at once: each send waits for the broker's acknowledgement, so one at a time
 *                      caps the relay at one round trip per event (the benchmark saw it fall seconds behind at 100/s)
 * @param promptCapacity documents published at once right after their write ({@link OutboxRelay#insertAndPublish}),
 *                       beyond which a write's events wait for the next pass; 0 leaves every write to the passes
 */
@ConfigurationProperties("reporting.outbox")
public record OutboxProperties(Duration relayInterval, int batchSize, Duration lease, int parallelism,
                               Integer promptCapacity) {

    public OutboxProperties {
        relayInterval = relayInterval == null ? Duration.ofMillis(200) : relayInterval;
        batchSize = batchSize <= 0 ? 100 : batchSize;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        parallelism = parallelism <= 0 ? 8 : parallelism;
        promptCapacity = promptCapacity == null ? 64 : Math.max(0, promptCapacity);
    }
}
