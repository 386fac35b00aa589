package news.timeline.ingest.admin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Set;

/** Where the dead letters are, where they may go back to, and how much one admin request may read. */
@ConfigMapping(prefix = "ingest.dlq")
public interface DeadLetterConfig {

    /** The topic extract-service and timeline-service dead-letter to. */
    @WithDefault("articles-dlq")
    String topic();

    /**
     * The only topics a dead letter is sent back to (its {@code dead-letter-topic} header); a record that names
     * another is listed but never replayed.
     */
    @WithDefault("articles,article-events")
    Set<String> replayTopics();

    /** A compacted topic with one record per replayed dead letter (key {@code partition/offset}). */
    @WithDefault("articles-dlq-replayed")
    String replayedTopic();

    /** Most records one request reads from the topic (listing, or replaying): no request reads unboundedly. */
    @WithDefault("10000")
    int maxScan();

    /** Longest one request spends reading; it then answers with what it has and where to go on. */
    @WithDefault("10s")
    Duration scanTimeout();

    /** Most dead letters one replay request sends back; a replay that stops there says so, and is called again. */
    @WithDefault("1000")
    int maxReplay();

    /** Largest page of the listing. */
    @WithDefault("500")
    int maxPage();

    /** How often the number of dead letters is counted for the metric and the health check. */
    @WithDefault("30s")
    Duration checkInterval();
}
