package news.timeline.timeline.query;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
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
 * <p>
 * A response's period is the configured one or, for a response that costs more, {@code cost-multiple} times what its
 * last computation took, so that keeping any one response fresh takes a bounded share of a core: a story's timeline
 * of 100 ms is refreshed every 5 s, not every second, and twenty of them asked for continually no longer crowd out the
 * merge and the cheap responses.
 */
final class SharedResponses<K, V> {

    private static final Logger LOG = Logger.getLogger(SharedResponses.class);

    /**
     * Computes refreshed responses, one at a time with a few waiting. Past that (more distinct costly queries per period
     * than that thread computes) a refresh is not queued: the stale response is served until a later request finds the
     * thread free, or until it expires and the request that finds it gone computes it.
     */
    private static final ExecutorService REFRESH = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(8), runnable -> {
                Thread thread = new Thread(runnable, "shared-response-refresh");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.AbortPolicy());

    /**
     * A response with when it was computed and its period; {@code refreshing} lets one request start its refresh.
     * Compared by identity: a refresh replaces the very response it was started for.
     */
    private static final class Computed<V> {
        final V value;
        final long computedAt;
        final long periodNanos;
        final AtomicBoolean refreshing = new AtomicBoolean();

        Computed(V value, long computedAt, long periodNanos) {
            this.value = value;
            this.computedAt = computedAt;
            this.periodNanos = periodNanos;
        }

        boolean due(long now) {
            return now - computedAt >= periodNanos;
        }
    }

    private final LoadingCache<K, Computed<V>> cache;
    private final Function<K, V> compute;
    private final long ttlNanos;
    private final int costMultiple;
    private final long maxPeriodNanos;

    private SharedResponses(TimelineConfig.ResponseCache settings, Function<K, V> compute) {
        this.compute = compute;
        this.ttlNanos = settings.ttl().toNanos();
        this.costMultiple = settings.costMultiple();
        this.maxPeriodNanos = Math.max(ttlNanos, settings.maxPeriod().toNanos());
        this.cache = Caffeine.newBuilder().maximumSize(settings.maxSize()).recordStats()
                .expireAfter(Expiry.<K, Computed<V>>writing((key, computed) -> Duration.ofNanos(
                        computed.periodNanos * 2)))
                .build(this::computeNow);
    }

    /**
     * A cache with the period and size of {@code settings}, reported as {@code cache_*{cache="name"}}, whose responses
     * {@code compute} makes, each in a transaction of its own (a refresh runs outside any request).
     */
    static <K, V> SharedResponses<K, V> of(TimelineConfig.ResponseCache settings, MeterRegistry registry, String name,
            Function<K, V> compute) {
        SharedResponses<K, V> responses = new SharedResponses<>(settings, compute);
        CaffeineCacheMetrics.monitor(registry, responses.cache, name);
        return responses;
    }

    /** The shared response to {@code key}, computed now if there is none younger than two of its periods. */
    V get(K key) {
        if (ttlNanos == 0) {
            return computeNow(key).value;
        }
        Computed<V> computed = cache.get(key);
        if (computed.due(System.nanoTime()) && computed.refreshing.compareAndSet(false, true)) {
            try {
                REFRESH.execute(() -> refresh(key, computed));
            } catch (RejectedExecutionException busy) {
                computed.refreshing.set(false);
            }
        }
        return computed.value;
    }

    private void refresh(K key, Computed<V> stale) {
        try {
            Computed<V> fresh = computeNow(key);
            // Unless the response expired and was computed on demand meanwhile: that one is as fresh.
            cache.asMap().replace(key, stale, fresh);
        } catch (RuntimeException e) {
            LOG.warnf("Refresh of a shared response failed (the stale one is served until it expires): %s", e);
            stale.refreshing.set(false);
        }
    }

    private Computed<V> computeNow(K key) {
        long start = System.nanoTime();
        V value = QuarkusTransaction.joiningExisting().call(() -> compute.apply(key));
        long end = System.nanoTime();
        long period = Math.min(maxPeriodNanos, Math.max(ttlNanos, (end - start) * costMultiple));
        return new Computed<>(value, end, period);
    }
}
