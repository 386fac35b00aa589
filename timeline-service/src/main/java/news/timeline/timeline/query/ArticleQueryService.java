package news.timeline.timeline.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
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
    public ArticlePage list(String cursor, Integer size) {
        int pageSize = PageSizes.resolve("size", size, config.articles());
        List<Article> articles;
        if (cursor == null || cursor.isBlank()) {
            articles = Article.<Article>find("order by storedAt, id").range(0, pageSize).list();
        } else {
            Position after = Position.decode(cursor.trim());
            articles = Article.<Article>find("storedAt > ?1 or (storedAt = ?1 and id > ?2) order by storedAt, id",
                    after.storedAt(), after.id()).range(0, pageSize).list();
        }
        boolean more = articles.size() > pageSize;
        List<Article> page = more ? articles.subList(0, pageSize) : articles;
        String next = more ? new Position(page.get(page.size() - 1).storedAt, page.get(page.size() - 1).id).encode()
                : null;
        return new ArticlePage(page.stream().map(ArticleSummaryView::of).toList(), next);
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
