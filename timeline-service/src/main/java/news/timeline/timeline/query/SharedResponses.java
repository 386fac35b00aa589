package news.timeline.timeline.query;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;

import news.timeline.timeline.config.TimelineConfig;

/**
 * Responses shared by the requests of one period: dashboards and programs poll the same few views, so each is computed
 * once per period and query. A response asked for again after its period is served as it is while it is computed
 * anew in the background (refresh ahead), so that polling clients never wait for the computation; one not asked for
 * during two periods is dropped and computed on demand, so what is served is never older than two periods.
 */
final class SharedResponses {

    /**
     * Computes refreshed responses, two at a time with a few waiting: past that (more distinct costly queries per period
     * than the machine computes) the request that finds its response due computes it itself, as without refreshing,
     * instead of a backlog of refreshes taking the CPU from the requests.
     */
    private static final ExecutorService REFRESH = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(8), runnable -> {
                Thread thread = new Thread(runnable, "shared-response-refresh");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    private SharedResponses() {
    }

    /**
     * A cache with the period and size of {@code settings}, reported as {@code cache_*{cache="name"}}, whose responses
     * {@code compute} makes, each in a transaction of its own (a refresh runs outside any request).
     */
    static <K, V> LoadingCache<K, V> of(TimelineConfig.ResponseCache settings, MeterRegistry registry, String name,
            Function<K, V> compute) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(settings.maxSize()).recordStats();
        if (settings.ttl().isZero()) {
            builder.expireAfterWrite(settings.ttl());
        } else {
            builder.refreshAfterWrite(settings.ttl()).expireAfterWrite(settings.ttl().multipliedBy(2))
                    .executor(REFRESH);
        }
        LoadingCache<K, V> cache = builder.build(key -> QuarkusTransaction.joiningExisting().call(() -> compute.apply(key)));
        CaffeineCacheMetrics.monitor(registry, cache, name);
        return cache;
    }
}
