package news.timeline.contract;

import java.util.List;

/** The Kafka topics of the contract, as named in {@code asyncapi.yaml} and in each service's configuration. */
public final class Topics {

    /** Articles as ingest-service accepted them, key = article id. */
    public static final String ARTICLES = "articles";
    /**
     * Stored articles sent again by {@code ./timeline reprocess}, as they are on {@link #ARTICLES}, with the run's id in
     * the header {@link ReprocessRun#HEADER}; extract-service reads it beside {@link #ARTICLES}.
     */
    public static final String ARTICLES_REPROCESS = "articles-reprocess";
    /** All events extract-service found in an article, one record per article, key = article id. */
    public static final String ARTICLE_EVENTS = "article-events";
    /** Records a consumer could not process, as they came, with the reason in {@link DeadLetterHeaders}. */
    public static final String ARTICLES_DLQ = "articles-dlq";
    /** The dead letters already sent back, key = partition/offset (compacted). */
    public static final String ARTICLES_DLQ_REPLAYED = "articles-dlq-replayed";
    /** Every change of a timeline entry, key = entry id. */
    public static final String TIMELINE_CHANGES = "timeline-changes";
    /** The feed subscriptions and their poll state, key = feed id (compacted; ingest-service only). */
    public static final String FEEDS = "feeds";

    public static final List<String> ALL = List.of(ARTICLES, ARTICLES_REPROCESS, ARTICLE_EVENTS, ARTICLES_DLQ, ARTICLES_DLQ_REPLAYED,
            TIMELINE_CHANGES, FEEDS);

    private Topics() {
    }
}
