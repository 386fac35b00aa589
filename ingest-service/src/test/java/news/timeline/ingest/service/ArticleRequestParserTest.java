package news.timeline.ingest.service;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleRequestParserTest {

    private static final int MAX_TEXT_BYTES = 1000;

    private final ArticleRequestParser parser = new ArticleRequestParser(MAX_TEXT_BYTES);

    @Test
    void ndjsonIsReadLineByLineKeepingLineNumbers() {
        List<BatchItem> items = read("\n{\"text\": \"a\"}\r\n\r\n  \n{not json\r\n{\"text\": \"b\"}", 100);
        assertThat(items).extracting(BatchItem::index).containsExactly(0, 1, 2);
        assertThat(items).extracting(BatchItem::line).containsExactly(2, 5, 6);
        assertThat(items.get(0).request().text()).isEqualTo("a");
        assertThat(items.get(1).error().getMessage()).contains("Malformed JSON");
        assertThat(items.get(1).ending()).isFalse();
        assertThat(items.get(2).request().text()).isEqualTo("b");
        assertThat(read("\n \r\n", 100)).isEmpty();
    }

    @Test
    void aJsonArrayIsReadElementByElement() {
        List<BatchItem> items = read(" [{\"text\": \"a\"}, 7, {\"text\": {\"x\": [1]}}, {}, {\"text\": \"b\", \"extra\": "
                + "{\"deep\": [1, 2, {\"x\": \"y\"}]}}]", 100);
        assertThat(items).hasSize(5);
        assertThat(items.get(0).request().text()).isEqualTo("a");
        assertThat(items.get(1).error().getMessage()).contains("JSON object");
        assertThat(items.get(2).error().getMessage()).contains("'text' must be a string, got object");
        assertThat(items.get(3).request().text()).isNull();
        assertThat(items.get(4).request().text()).isEqualTo("b");
        assertThat(items).extracting(BatchItem::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(items).noneMatch(BatchItem::ending);
        assertThat(read("[]", 100)).isEmpty();
    }

    @Test
    void twoObjectsOnOneNdjsonLineRejectTheLineWhole() {
        List<BatchItem> items = read("{\"text\":\"A\"}{\"text\":\"B\"}\n{\"text\":\"C\"} {\"text\":\"D\"}\n"
                + "{\"text\":\"E\"} trailing\n{\"text\":\"F\"}", 100);
        assertThat(items).hasSize(4);
        assertThat(items.subList(0, 3)).allSatisfy(item -> {
            assertThat(item.request()).isNull();
            assertThat(item.error().getMessage()).contains("more than the JSON object");
        });
        assertThat(items.get(3).request().text()).isEqualTo("F");
    }

    @Test
    void aSingleArticleIsOneObjectAndNothingAfterIt() {
        assertThat(parser.parse(stream("  {\"text\": \"a\"}\n\n")).text()).isEqualTo("a");
        assertThatThrownBy(() -> parser.parse(stream("{\"text\":\"a\"} not json")))
                .isInstanceOf(ArticleRejectedException.class).hasMessageContaining("Trailing content");
        assertThatThrownBy(() -> parser.parse(stream("{\"text\":\"A\"}{\"text\":\"B\"}")))
                .hasMessageContaining("Trailing content");
        assertThatThrownBy(() -> parser.parse(stream(""))).hasMessageContaining("empty");
        assertThatThrownBy(() -> parser.parse(stream("{\"text\":\"a\", \"text\":\"b\"}")))
                .hasMessageContaining("'text' is given twice");
    }

    @Test
    void aBrokenArrayEndsTheBatchAtTheItemWhereItBreaks() {
        List<BatchItem> items = read("[{\"text\": \"a\"}, {\"text\": \"b\" oops}, {\"text\": \"c\"}]", 100);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).request().text()).isEqualTo("a");
        assertThat(items.get(1).ending()).isTrue();
        assertThat(items.get(1).error().getMessage()).contains("Malformed JSON").contains("were not read");

        List<BatchItem> unclosed = read("[{\"text\": \"a\"}", 100);
        assertThat(unclosed.get(1).ending()).isTrue();
        assertThat(unclosed.get(1).error().getMessage()).contains("ends before the JSON is complete");

        List<BatchItem> trailing = read("[{\"text\": \"a\"}] {\"text\": \"b\"}", 100);
        assertThat(trailing).hasSize(2);
        assertThat(trailing.get(1).error().getMessage()).contains("Trailing content after the JSON array");
    }

    @Test
    void theItemAfterTheLimitEndsTheBatchUnread() {
        List<BatchItem> ndjson = read("{\"text\": \"1\"}\n\n{\"text\": \"2\"}\n{\"text\": \"3\"}\n{\"text\": \"4\"}", 2);
        assertThat(ndjson).hasSize(3);
        assertThat(ndjson.get(2).ending()).isTrue();
        assertThat(ndjson.get(2).line()).isEqualTo(4);
        assertThat(ndjson.get(2).error().status()).isEqualTo(413);
        assertThat(ndjson.get(2).error().getMessage()).contains("more than 2 articles");

        List<BatchItem> array = read("[{\"text\": \"1\"}, {\"text\": \"2\"}, {\"text\": \"3\"}]", 2);
        assertThat(array).hasSize(3);
        assertThat(array.get(2).ending()).isTrue();
    }

    @Test
    void valuesAndLinesFarOverTheTextLimitAreNotHeld() {
        String huge = "x".repeat(4 * MAX_TEXT_BYTES + 1);
        List<BatchItem> ndjson = read("{\"text\": \"" + huge + "\"}\n{\"text\": \"after\"}", 100);
        assertThat(ndjson).hasSize(2);
        assertThat(ndjson.get(0).error().status()).isEqualTo(413);
        assertThat(ndjson.get(0).error().getMessage()).contains("line is longer than");
        assertThat(ndjson.get(1).request().text()).isEqualTo("after");

        assertThatThrownBy(() -> parser.parse(stream("{\"text\": \"" + huge + "\"}")))
                .isInstanceOf(ArticleRejectedException.class)
                .satisfies(e -> assertThat(((ArticleRejectedException) e).status()).isEqualTo(413))
                .hasMessageContaining("longer than " + 4 * MAX_TEXT_BYTES + " characters");
        assertThatThrownBy(() -> parser.parse(stream("[".repeat(20_000) + "]".repeat(20_000))))
                .satisfies(e -> assertThat(((ArticleRejectedException) e).status()).isEqualTo(400))
                .hasMessageContaining("nesting depth");
        // Unknown fields are skipped, whatever their size.
        assertThat(parser.parse(stream("{\"other\": \"" + huge + "\", \"text\": \"t\"}")).text()).isEqualTo("t");
    }

    @Test
    void aBodyOverItsLimitEndsTheBatch() {
        String body = "{\"text\": \"first\"}\n{\"text\": \"second, past the limit\"}\n";
        List<BatchItem> items = new ArrayList<>();
        try (ArticleRequestParser.Batch batch = parser.readBatch(new BoundedBody(stream(body), 25), 100)) {
            for (BatchItem item = batch.next(); item != null; item = batch.next()) {
                items.add(item);
            }
        }
        assertThat(items).hasSize(2);
        assertThat(items.get(0).request().text()).isEqualTo("first");
        assertThat(items.get(1).ending()).isTrue();
        assertThat(items.get(1).error().status()).isEqualTo(413);
        assertThat(items.get(1).error().getMessage()).contains("larger than 25 bytes");
    }

    private List<BatchItem> read(String body, int maxItems) {
        List<BatchItem> items = new ArrayList<>();
        try (ArticleRequestParser.Batch batch = parser.readBatch(stream(body), maxItems)) {
            for (BatchItem item = batch.next(); item != null; item = batch.next()) {
                items.add(item);
            }
        }
        return items;
    }

    private static InputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
