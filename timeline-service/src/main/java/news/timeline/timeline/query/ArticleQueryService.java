package news.timeline.timeline.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;
import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.Article;
import news.timeline.timeline.view.ArticleEventView;
import news.timeline.timeline.view.ArticlePage;
import news.timeline.timeline.view.ArticleSummaryView;
import news.timeline.timeline.view.ArticleView;
import news.timeline.timeline.view.DateRangeView;

/**
 * Reads stored articles: one with the events it reports, or all of them in the order they were stored.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleQueryService {

    /** What an {@link ArticleSummaryView} shows of {@code article a}. */
    private static final String SUMMARY_COLUMNS = "a.id, a.url, a.title, a.source, a.published_at, a.stored_at";

    private final TimelineConfig config;

    public ArticleQueryService(TimelineConfig config) {
        this.config = config;
    }

    /** What an {@link ArticleView} shows of {@code article a}, its events aside. */
    private static final String ARTICLE_COLUMNS = "a.id, a.url, a.title, a.source, a.language, a.published_at, a.dct,"
            + " a.dct_source, a.dct_granularity, a.dct_confidence, a.dct_evidence::text, a.extracted_at,"
            + " a.engine_version, a.stored_at";

    /** What an {@link ArticleEventView} shows of {@code mention m}: its entry's id, never the entry itself. */
    private static final String EVENT_COLUMNS = "m.entry_id, m.date_value, m.granularity, m.date_start::text,"
            + " m.date_end::text, m.date_text, m.date_offset_start, m.date_offset_end, m.text, m.sentence,"
            + " m.sentence_start, m.sentence_end, m.actors::text, m.location, m.status, m.confidence";

    /**
     * The article with its events in text order, read as the columns the view shows: its reports' entries (and their
     * merge profiles) are not loaded.
     */
    @SuppressWarnings("unchecked")
    public Optional<ArticleView> find(String id) {
        List<Object[]> articles = Article.getEntityManager()
                .createNativeQuery("select " + ARTICLE_COLUMNS + " from article a where a.id = ?1")
                .setParameter(1, id).getResultList();
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> events = Article.getEntityManager().createNativeQuery("select " + EVENT_COLUMNS
                + " from mention m where m.article_id = ?1 order by m.event_index").setParameter(1, id).getResultList();
        Row a = new Row(articles.get(0));
        return Optional.of(new ArticleView(a.nextString(), a.nextString(), a.nextString(), a.nextString(),
                a.nextString(), a.nextString(), a.nextString(), a.nextString(), a.nextString(), a.nextNullableDouble(),
                a.nextStrings(), a.nextInstant(), a.nextString(), a.nextInstant(),
                events.stream().map(ArticleQueryService::event).toList()));
    }

    private static ArticleEventView event(Object[] values) {
        Row m = new Row(values);
        return new ArticleEventView(m.nextLong(), m.nextString(), m.nextEnum(Granularity.class),
                new DateRangeView(m.nextDate(), m.nextDate()), m.nextString(), m.nextInt(), m.nextInt(),
                m.nextString(), m.nextString(), m.nextInt(), m.nextInt(), m.nextStrings(), m.nextString(),
                m.nextEnum(EventStatus.class), m.nextDouble());
    }

    /**
     * Articles in the order this service stored them (then by id), a page at a time.
     *
     * @param cursor the {@link ArticlePage#next()} of the previous page, or null
     */
    @SuppressWarnings("unchecked")
    public ArticlePage list(String cursor, Integer size) {
        int pageSize = PageSizes.resolve("size", size, config.articles());
        Query sql;
        if (cursor == null || cursor.isBlank()) {
            sql = Article.getEntityManager().createNativeQuery("select " + SUMMARY_COLUMNS
                    + " from article a order by a.stored_at, a.id limit ?1");
        } else {
            Position after = Position.decode(cursor.trim());
            sql = Article.getEntityManager().createNativeQuery("select " + SUMMARY_COLUMNS
                    + " from article a where (a.stored_at, a.id) > (?2, ?3) order by a.stored_at, a.id limit ?1")
                    .setParameter(2, after.storedAt()).setParameter(3, after.id());
        }
        List<Object[]> rows = sql.setParameter(1, pageSize + 1).getResultList();
        boolean more = rows.size() > pageSize;
        List<ArticleSummaryView> page = (more ? rows.subList(0, pageSize) : rows).stream().map(values -> {
            Row row = new Row(values);
            return new ArticleSummaryView(row.nextString(), row.nextString(), row.nextString(), row.nextString(),
                    row.nextString(), row.nextInstant());
        }).toList();
        ArticleSummaryView last = more ? page.get(page.size() - 1) : null;
        return new ArticlePage(page, last == null ? null : new Position(last.storedAt(), last.id()).encode());
    }

    /** Position after the last article of a page in (stored at, id) order; opaque to clients. */
    private record Position(Instant storedAt, String id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("a1|" + storedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                        .split("\\|", 3);
                if (parts.length != 3 || !"a1".equals(parts[0])) {
                    throw new IllegalArgumentException("unknown cursor format");
                }
                return new Position(Instant.parse(parts[1]), parts[2]);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new InvalidParameterException("cursor", "is not a cursor this service issued");
            }
        }
    }
}
