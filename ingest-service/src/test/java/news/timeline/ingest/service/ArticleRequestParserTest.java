package news.timeline.ingest.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleRequestParserTest {

    private final ArticleRequestParser parser = new ArticleRequestParser(new ObjectMapper());

    @Test
    void ndjsonIsCountedFirstAndReadLineByLineKeepingLineNumbers() {
        ArticleRequestParser.Batch batch = parser.readBatch(
                "{\"text\": \"a\"}\r\n\r\n  \n{not json\r\n{\"text\": \"b\"}");
        assertThat(batch.size()).isEqualTo(3);
        List<BatchItem> items = list(batch);
        assertThat(items).extracting(BatchItem::index).containsExactly(0, 1, 2);
        assertThat(items).extracting(BatchItem::line).containsExactly(1, 4, 5);
        assertThat(items.get(0).request().text()).isEqualTo("a");
        assertThat(items.get(1).error().getMessage()).contains("Malformed JSON");
        assertThat(items.get(2).request().text()).isEqualTo("b");
        assertThat(parser.readBatch("\n \r\n").size()).isZero();
    }

    @Test
    void aJsonArrayIsCountedFirstAndReadElementByElement() {
        ArticleRequestParser.Batch batch = parser.readBatch(" [{\"text\": \"a\"}, 7, {\"text\": {\"x\": [1]}}, {}]");
        assertThat(batch.size()).isEqualTo(4);
        List<BatchItem> items = list(batch);
        assertThat(items.get(0).request().text()).isEqualTo("a");
        assertThat(items.get(1).error().getMessage()).contains("JSON object");
        assertThat(items.get(2).error().getMessage()).contains("'text' must be a string");
        assertThat(items.get(3).request().text()).isNull();
        assertThat(items).extracting(BatchItem::line).containsExactly(1, 2, 3, 4);
        assertThat(parser.readBatch("[]").size()).isZero();
        assertThatThrownBy(() -> parser.readBatch("[{\"text\": ")).hasMessageContaining("Malformed JSON array");
    }

    private static List<BatchItem> list(Iterable<BatchItem> batch) {
        List<BatchItem> items = new ArrayList<>();
        batch.forEach(items::add);
        return items;
    }
}
