package vn.antt.reporting.platform.cache;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One bounded cache of a read model (Caffeine). A loader's null is not kept, so something not there yet (an event not
 * consumed yet) is looked up again at the next read. Whoever writes the read model invalidates after the write.
 */
public final class ReadCache<K, V> {

    private final Cache<K, V> cache;

    private ReadCache(Cache<K, V> cache) {
        this.cache = cache;
    }

    /** A cache as {@code properties} say; disabled: none at all, every read loads. */
    public static <K, V> ReadCache<K, V> of(ReadCacheProperties properties) {
        if (!properties.enabled()) {
            return new ReadCache<>(null);
        }
        return new ReadCache<>(Caffeine.newBuilder().maximumSize(properties.maximumSize()).expireAfterWrite(properties.ttl())
                .build());
    }

    /** No caching: for read models built without Spring (tests, tools). */
    public static <K, V> ReadCache<K, V> none() {
        return new ReadCache<>(null);
    }

    public V get(K key, Function<? super K, ? extends V> loader) {
        return cache == null ? loader.apply(key) : cache.get(key, loader);
    }

    /** The cached value, or null without loading. */
    public V getIfPresent(K key) {
        return cache == null ? null : cache.getIfPresent(key);
    }

    public void put(K key, V value) {
        if (cache != null && value != null) {
            cache.put(key, value);
        }
    }

    public void invalidate(K key) {
        if (cache != null) {
            cache.invalidate(key);
        }
    }

    public void invalidateAll() {
        if (cache != null) {
            cache.invalidateAll();
        }
    }
}
