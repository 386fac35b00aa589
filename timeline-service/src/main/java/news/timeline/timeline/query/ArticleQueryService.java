package news.timeline.timeline.query;

import news.timeline.timeline.view.ArticleView;

import news.timeline.timeline.view.ArticleEventView;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import news.timeline.timeline.entity.Article;
import news.timeline.timeline.entity.Mention;

/**
 * Reads stored articles with the events they report.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleQueryService {

    public Optional<ArticleView> find(String id) {
        return Article.<Article>findByIdOptional(id).map(article -> ArticleView.of(article,
                Mention.<Mention>list("article.id = ?1 order by eventIndex", id).stream()
                        .map(ArticleEventView::of).toList()));
    }
}
