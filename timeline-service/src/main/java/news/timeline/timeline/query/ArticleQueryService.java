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

import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.Article;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.view.ArticleEventView;
import news.timeline.timeline.view.ArticlePage;
import news.timeline.timeline.view.ArticleSummaryView;
import news.timeline.timeline.view.ArticleView;

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

    public Optional<ArticleView> find(String id) {
        return Article.<Article>findByIdOptional(id).map(article -> ArticleView.of(article,
                Mention.<Mention>list("from Mention m join fetch m.entry where m.article.id = ?1 order by m.eventIndex",
                        id).stream().map(ArticleEventView::of).toList()));
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
