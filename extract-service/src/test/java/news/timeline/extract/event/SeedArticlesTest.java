package news.timeline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import news.timeline.extract.temporal.TemporalTagger;
import news.timeline.contract.timex.TimexValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * General properties of the extraction over the five seed articles (read from the shared data directory, never
 * copied): every article gives events, none from page furniture, all dated near the article, and the publication
 * date inferred from the words alone is the feed's year, or unknown with the reason.
 */
class SeedArticlesTest {

    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(share|subscribe|follow|pin it|leave a|more from)\\b|you have \\d+ free|email address|required fields");

    private static EventExtractor extractor;
    private static List<Seed> seeds;

    private record Seed(String file, String text, LocalDate publishedAt) {
    }

    @BeforeAll
    static void load() throws IOException {
        Path dir = Path.of(System.getProperty("shared.data.dir", "../../shared/data"), "seeds");
        assumeTrue(Files.isRegularFile(dir.resolve("manifest.jsonl")), "seed articles not available");
        ObjectMapper json = new ObjectMapper();
        seeds = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("manifest.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = json.readTree(line);
            String file = entry.get("file").asText();
            seeds.add(new Seed(file, Files.readString(dir.resolve(file)),
                    LocalDate.parse(entry.get("publishedAt").asText())));
        }
        extractor = new EventExtractor(TemporalTagger.load());
    }

    @Test
    void everyArticleGivesEventsDatedNearItAndNoneFromFurniture() {
        for (Seed seed : seeds) {
            Extraction extraction = extractor.extract(new ArticleText(null, seed.text(), seed.publishedAt()));
            assertThat(extraction.events()).as(seed.file()).isNotEmpty();
            for (ExtractedEvent event : extraction.events()) {
                assertThat(FURNITURE.matcher(event.sentence()).find()).as(event.sentence()).isFalse();
                assertThat(seed.text().substring(event.sentenceStart(), event.sentenceEnd()))
                        .isEqualTo(event.sentence());
                LocalDate first = TimexValue.parse(event.date()).map(TimexValue::start).orElse(null);
                assertThat(first).as(event.date()).isNotNull()
                        .isAfter(seed.publishedAt().minusYears(20)).isBefore(seed.publishedAt().plusYears(3));
                assertThat(event.text()).isNotBlank();
                assertThat(event.actors()).allSatisfy(actor -> assertThat(actor).isNotBlank());
            }
        }
    }

    /**
     * The project's own sample of the Inquisitr article (ingest-service/samples, always in the repository): its text
     * speaks of "the 2020 race" as current and of "the presidential election in November" with "less than three
     * months remaining", which together fix its year.
     */
    @Test
    void sampleWhoseRaceIsAheadAndCountedDownGetsItsYear() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode sample = null;
        for (String line : Files.readAllLines(Path.of("../ingest-service/samples/seeds.ndjson"))) {
            JsonNode entry = json.readTree(line);
            if ("Inquisitr".equals(entry.path("source").asText())) {
                sample = entry;
            }
        }
        assertThat(sample).as("the Inquisitr sample").isNotNull();
        PublicationDate dct = new EventExtractor(TemporalTagger.load()).extract(new ArticleText(
                sample.get("title").asText(), sample.get("text").asText(), null)).dct();
        assertThat(dct.source()).as(dct.toString()).isEqualTo(DctSource.INFERRED);
        assertThat(dct.value()).isEqualTo(sample.get("publishedAt").asText().substring(0, 4));
        assertThat(dct.granularity()).as("August and September remain, so only the year is sure").isEqualTo("year");
        assertThat(String.join("\n", dct.evidence())).contains("“2020 race” names 2020 as current or ahead")
                .contains("less than three months remaining until the presidential election")
                .contains("between 2020-08-01 and 2020-09-30");
    }

    @Test
    void inferredPublicationDateIsTheFeedsYearOrSaysWhyItIsUnknown() {
        int inferred = 0;
        for (Seed seed : seeds) {
            PublicationDate dct = extractor.extract(new ArticleText(null, seed.text(), null)).dct();
            assertThat(dct.evidence()).as(seed.file()).isNotEmpty();
            if (dct.source() == DctSource.UNKNOWN) {
                assertThat(dct.value()).isNull();
                continue;
            }
            inferred++;
            assertThat(dct.source()).isEqualTo(DctSource.INFERRED);
            assertThat(Integer.parseInt(dct.value().substring(0, 4))).as(seed.file() + " " + dct)
                    .isEqualTo(seed.publishedAt().getYear());
            if ("day".equals(dct.granularity()) && dct.confidence() >= 0.8) {
                assertThat(LocalDate.parse(dct.value())).as(seed.file())
                        .isBetween(seed.publishedAt().minusDays(3), seed.publishedAt().plusDays(3));
            }
        }
        assertThat(inferred).as("articles whose text fixes the year (a coming election, a full date with its weekday)")
                .isPositive();
    }
}
