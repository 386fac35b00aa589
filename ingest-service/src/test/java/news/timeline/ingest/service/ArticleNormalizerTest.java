package news.timeline.ingest.service;

import news.timeline.ingest.config.IngestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What is refused at the door because the extractor or the store would refuse it later. */
class ArticleNormalizerTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    private final ArticleNormalizer normalizer = new ArticleNormalizer(ArticleServiceBackPressureTest.config(), NOW);

    @ParameterizedTest
    @ValueSource(strings = { "url", "title", "text", "html", "publishedAt", "source", "language" })
    void aNulCharacterInAnyFieldIsRefusedNamingTheField(String field) {
        assertThatThrownBy(() -> normalizer.normalize(with(field, "ab\u0000c")))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("'" + field + "'").hasMessageContaining("U+0000").hasMessageContaining("character 2");
    }

    @ParameterizedTest
    @ValueSource(strings = { "title", "text", "source" })
    void anUnpairedSurrogateIsRefusedAndAPairIsKept(String field) {
        assertThatThrownBy(() -> normalizer.normalize(with(field, "ab\uD800c")))
                .hasMessageContaining("'" + field + "'").hasMessageContaining("U+D800");
        assertThatThrownBy(() -> normalizer.normalize(with(field, "ab\uDC00")))
                .hasMessageContaining("unpaired");
        assertThat(normalizer.normalize(with(field, "summit \uD83C\uDF0D news"))).isNotNull();
    }

    @Test
    void htmlIsCheckedAgainAfterReductionSinceCharacterReferencesBecomeCharacters() {
        // jsoup turns &#0; into U+0000 in the page's text.
        assertThatThrownBy(() -> normalizer.normalize(new ArticleRequest(null, null, null,
                "<p>Leaders met &#0; on Monday.</p>", null, null, null)))
                .hasMessageContaining("'html' holds the NUL character");
    }

    @Test
    void fieldsLongerThanTheirColumnsAreRefused() {
        assertThat(normalizer.normalize(with("language", "en-" + "a".repeat(8) + "-" + "b".repeat(8) + "-"
                + "c".repeat(8) + "-12345")).language()).hasSize(35);
        assertThatThrownBy(() -> normalizer.normalize(with("language", "en-" + "a".repeat(8) + "-" + "b".repeat(8)
                + "-" + "c".repeat(8) + "-123456")))
                .hasMessageContaining("language is 36 characters long").hasMessageContaining("at most 35");
        assertThatThrownBy(() -> normalizer.normalize(with("url", "https://news.example/" + "a".repeat(2000))))
                .hasMessageContaining("url is 2021 characters long");
        assertThatThrownBy(() -> normalizer.normalize(with("publishedAt", "2018-07-16T09:30:00"
                + ".123456789".repeat(6) + "Z")))
                .hasMessageContaining("at most 64");
    }

    @Test
    void aLeapSecondIsTheSecondBefore() {
        assertThat(normalizer.normalize(with("publishedAt", "2016-12-31T23:59:60Z")).publishedAt())
                .isEqualTo("2016-12-31T23:59:59Z");
        assertThat(normalizer.normalize(with("publishedAt", " 2016-12-31T18:59:60.5-05:00 ")).publishedAt())
                .isEqualTo("2016-12-31T18:59:59.5-05:00");
        assertThat(normalizer.normalize(with("publishedAt", "2016-12-31T23:59:60")).publishedAt())
                .isEqualTo("2016-12-31T23:59:59");
        assertThatThrownBy(() -> normalizer.normalize(with("publishedAt", "2016-12-31T23:59:61Z")))
                .hasMessageContaining("not an ISO-8601");
    }

    @ParameterizedTest
    @ValueSource(strings = { "+999999999-12-31", "9999-12-31", "1799-12-31", "0001-01-01", "2026-12-02",
            "2026-12-02T00:30:00+14:00", "-0001-01-01" })
    void aPublicationDateOutsideSaneBoundsIsRefused(String date) {
        assertThatThrownBy(() -> normalizer.normalize(with("publishedAt", date)))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("outside 1800-01-01 to 2026-12-01");
    }

    @ParameterizedTest
    @ValueSource(strings = { "1800-01-01", "2018-07-16", "2026-12-01", "2026-12-01T23:00:00+14:00",
            "2018-07-16T09:30", "2018-07-16T09:30:00.5+02:00" })
    void publicationDatesWithinTheBoundsAreSentAsGiven(String date) {
        assertThat(normalizer.normalize(with("publishedAt", date)).publishedAt()).isEqualTo(date);
    }

    private static ArticleRequest with(String field, String value) {
        String text = "Leaders met on Monday.";
        return new ArticleRequest(
                field.equals("url") ? value : null,
                field.equals("title") ? value : null,
                field.equals("text") ? value : field.equals("html") ? null : text,
                field.equals("html") ? value : null,
                field.equals("publishedAt") ? value : null,
                field.equals("source") ? value : null,
                field.equals("language") ? value : null);
    }

    @Test
    void refusesUrlsWithCredentialsWithoutEchoingThem() {
        assertThatThrownBy(() -> normalizer.normalize(with("url", "https://alice:s3cret@news.example/a")))
                .hasMessageContaining("credentials").hasMessageNotContaining("s3cret");
    }
}
