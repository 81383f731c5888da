package vn.antt.reporting.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param relayInterval pause between two relay passes
 * @param batchSize     documents claimed per pass
 * @param lease         how long a relay instance holds a claimed document before another may take it
 */
@ConfigurationProperties("reporting.outbox")
public record OutboxProperties(Duration relayInterval, int batchSize, Duration lease) {

    public OutboxProperties {
        relayInterval = relayInterval == null ? Duration.ofMillis(200) : relayInterval;
        batchSize = batchSize <= 0 ? 100 : batchSize;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
    }
}
