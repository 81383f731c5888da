package vn.antt.reporting.submission.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param relayInterval pause between two relay passes
 * @param batchSize     documents claimed per pass
 * @param lease         how long a relay instance holds a claimed document before another may take it
 */
@ConfigurationProperties("reporting.outbox")
public record OutboxProperties(Duration relayInterval, int batchSize, Duration lease) {
}
