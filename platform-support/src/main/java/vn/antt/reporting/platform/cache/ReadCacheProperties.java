package vn.antt.reporting.platform.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bounded in-memory caches of read models that change rarely and arrive by events (plans' revisions, the unit
 * directory, notification recipients and webhooks).
 *
 * @param enabled     false: every read goes to the store, as before
 * @param ttl         the most a cached entry is served after it was read: the bound on how late another instance's write
 *                    (whose event this instance did not consume) is seen; a write in this instance invalidates at once
 * @param maximumSize entries per cache, least recently used evicted first
 */
@ConfigurationProperties("reporting.read-cache")
public record ReadCacheProperties(Boolean enabled, Duration ttl, long maximumSize) {

    public ReadCacheProperties {
        enabled = enabled == null || enabled;
        ttl = ttl == null ? Duration.ofSeconds(10) : ttl;
        maximumSize = maximumSize <= 0 ? 20_000 : maximumSize;
    }

    public static ReadCacheProperties defaults() {
        return new ReadCacheProperties(null, null, 0);
    }
}
