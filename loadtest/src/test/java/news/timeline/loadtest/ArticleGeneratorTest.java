package news.timeline.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The generator: realistic sizes, new URLs, syndicated copies, and the same articles for the same seed. */
class ArticleGeneratorTest {

    static final Path SAMPLES = Path.of("..", "ingest-service", "samples", "seeds.ndjson");

    static Path corpus() {
        Path timeline17 = Path.of(System.getProperty("shared.data.dir", "../../shared/data"), "timeline17");
        return Files.isDirectory(timeline17) ? timeline17 : SAMPLES;
    }

    private static List<GeneratedArticle> generate(Path corpus, long seed, int n) {
        ArticleGenerator generator = new ArticleGenerator(Corpus.read(corpus), seed, 0.1, "t");
        List<GeneratedArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(generator.next());
        }
        return out;
    }

    @Test
    void sameSeedSameArticlesOtherSeedOtherArticles() {
        assertThat(generate(SAMPLES, 7, 200)).isEqualTo(generate(SAMPLES, 7, 200));
        assertThat(generate(SAMPLES, 7, 50)).isNotEqualTo(generate(SAMPLES, 8, 50));
    }

    @Test
    void articlesAreTwoToFiveKilobytesWithNewUrlsAndSomeSyndicatedCopies() {
        List<GeneratedArticle> articles = generate(corpus(), 42, 2000);
        Set<String> urls = new HashSet<>();
        int copies = 0;
        for (GeneratedArticle a : articles) {
            int bytes = a.text().getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).as("size of article %d", a.seq()).isBetween(1024, 5120);
            assertThat(urls.add(a.url())).as("unique url %s", a.url()).isTrue();
            assertThat(a.publishedAt()).matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:00Z)?");
            if (a.syndicated()) {
                copies++;
                GeneratedArticle original = articles.get(a.syndicatedOf());
                assertThat(a.text()).isEqualTo(original.text());
                assertThat(a.source()).isNotEqualTo(original.source());
            }
        }
        assertThat(copies).isBetween(100, 320);
        long inRange = articles.stream().mapToInt(a -> a.text().getBytes(StandardCharsets.UTF_8).length)
                .filter(b -> b >= 2048).count();
        assertThat(inRange).as("articles of at least 2 KB").isGreaterThan(1900);
    }

    @Test
    void tokenizedCorpusTextIsDetokenized() {
        assertThat(Corpus.detokenize("Jackson death was ` not suspicious ' , Michael 's doctors said . They have n't"))
                .isEqualTo("Jackson death was 'not suspicious', Michael's doctors said. They haven't");
        assertThat(Corpus.sentences("The summit took place on July 16 , 2018 . Putin said the meeting went very well ."))
                .containsExactly("The summit took place on July 16, 2018.", "Putin said the meeting went very well.");
    }
}
