package news.timeline.ingest.service;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIdsTest {

    @Test
    void trackingParametersFragmentsAndWwwDoNotMakeANewArticle() {
        String id = ArticleIds.of(URI.create("https://news.example/world/summit?id=7"), "text");
        assertThat(ArticleIds.of(URI.create("https://WWW.news.example/world/summit/?utm_source=x&id=7#top"), "other"))
                .isEqualTo(id);
    }

    @Test
    void differentPagesAreDifferentArticles() {
        assertThat(ArticleIds.of(URI.create("https://news.example/world/summit?id=7"), "text"))
                .isNotEqualTo(ArticleIds.of(URI.create("https://news.example/world/summit?id=8"), "text"))
                .isNotEqualTo(ArticleIds.of(URI.create("https://news.example/world/other?id=7"), "text"));
    }

    @Test
    void withoutUrlTheTextDecidesIgnoringWhitespace() {
        assertThat(ArticleIds.of(null, "Leaders met\n on Monday. ")).isEqualTo(ArticleIds.of(null, "Leaders met on Monday."))
                .isNotEqualTo(ArticleIds.of(null, "Leaders met on Tuesday."));
    }
}
