package news.timeline.timeline.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

/**
 * The timeline service's own settings: how eagerly reports merge, how large pages get.
 */
@ConfigMapping(prefix = "timeline")
public interface TimelineConfig {

    Merge merge();

    Paging events();

    Paging timeline();

    Paging entities();

    Paging articles();

    Salience salience();

    ResponseCache timelineCache();

    ResponseCache entitiesCache();

    /** First pages of /api/events (a page after a cursor is read each time). */
    ResponseCache eventsCache();

    Histogram histogram();

    /** The overview of a query's dates (/api/histogram). */
    interface Histogram {
        /** Entries counted at most, the most salient first: bounds a histogram's cost on a large store. */
        @WithDefault("10000")
        @Min(1)
        int maxEntries();
    }

    /** Responses shared by the requests of one period. */
    interface ResponseCache {
        /** How long a computed response is served; 0 turns the cache off. */
        @WithDefault("1S")
        Duration ttl();

        /** Responses kept at most (distinct queries). */
        @WithDefault("256")
        @Min(0)
        long maxSize();

        /**
         * A response that costs more is refreshed no more often than this many times what its last computation took,
         * so that keeping it fresh takes at most the inverse share of a core (50: 2%).
         */
        @WithDefault("50")
        @Min(1)
        int costMultiple();

        /** The longest period, however costly the response: what is served is never older than twice this. */
        @WithDefault("30S")
        Duration maxPeriod();
    }

    interface Merge {
        /** Minimum content agreement for reports from different articles to become one entry. */
        @WithDefault("0.5")
        @DecimalMin("0.0")
        @DecimalMax("1.0")
        double crossArticleThreshold();

        /** Minimum statement-word similarity for two events of one article (same date value) to become one entry. */
        @WithDefault("0.8")
        @DecimalMin("0.0")
        @DecimalMax("1.0")
        double sameArticleThreshold();

        /** Weight of shared actors in the content agreement. */
        @WithDefault("0.45")
        double actorWeight();

        /** Weight of shared main actors of the two articles, used when a report names no actor itself. */
        @WithDefault("0.25")
        double topicActorWeight();

        /** Weight of shared content words of the statements. */
        @WithDefault("0.4")
        double textWeight();

        /** Weight of the same place. */
        @WithDefault("0.15")
        double locationWeight();

        /** At most this many entries sharing a merge key are scored per incoming event, the most reported first. */
        @WithDefault("32")
        @Min(1)
        int maxCandidates();

        /** Entries read per merge key (the heaviest, then the newest): bounds a report's work on a busy key. */
        @WithDefault("12")
        @Min(1)
        int candidatesPerKey();

        /**
         * Candidate profiles kept parsed between batches (a few KB each): the entries of the dates being reported
         * now. Past it, the least recently used are read again from the database when needed.
         */
        @WithDefault("50000")
        @Min(0)
        int profileCacheSize();
    }

    interface Paging {
        @Min(1)
        int defaultSize();

        @Min(1)
        int maxSize();
    }

    interface Salience {
        /** Entries considered for a timeline, the most reported first. */
        @WithDefault("400")
        @Min(1)
        int candidateLimit();

        @WithDefault("1.0")
        double sourceWeight();

        @WithDefault("0.5")
        double mentionWeight();

        @WithDefault("1.0")
        double statusWeight();

        @WithDefault("1.0")
        double specificityWeight();

        /** Above the others: what an article leads with or puts in its headline is what it is about. */
        @WithDefault("1.5")
        double centralityWeight();
    }
}
