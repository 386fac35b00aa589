package news.timeline.timeline.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import news.timeline.timeline.config.TimelineConfig;

/**
 * Responses shared by the requests of one period: dashboards and programs poll the same few views, so each is computed
 * once per period and query, and concurrent requests for one being computed wait for it.
 */
final class SharedResponses {

    private SharedResponses() {
    }

    /** A cache with the period and size of {@code settings}, reported as {@code cache_*{cache="name"}}. */
    static <K, V> Cache<K, V> of(TimelineConfig.ResponseCache settings, MeterRegistry registry, String name) {
        Cache<K, V> cache = Caffeine.newBuilder().expireAfterWrite(settings.ttl()).maximumSize(settings.maxSize())
                .recordStats().build();
        CaffeineCacheMetrics.monitor(registry, cache, name);
        return cache;
    }
}
