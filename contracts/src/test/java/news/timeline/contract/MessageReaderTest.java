package news.timeline.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class MessageReaderTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsTheCurrentVersionAndIgnoresFieldsOfANewerMinorOne() {
        ArticleMessage article = MessageReader.read(json,
                "{\"schemaVersion\":\"1.7\",\"id\":\"a1\",\"text\":\"It rained.\",\"addedIn17\":true}",
                ArticleMessage.class);

        assertThat(article.id()).isEqualTo("a1");
        assertThat(article.schemaVersion()).isEqualTo("1.7");
    }

    @Test
    void readsARecordWithoutSchemaVersionAsVersionOne() {
        ArticleMessage article = MessageReader.read(json, "{\"id\":\"a1\",\"text\":\"It rained.\"}",
                ArticleMessage.class);

        assertThat(article.schemaVersion()).isNull();
        assertThat(article.text()).isEqualTo("It rained.");
    }

    @Test
    void readsAFeedRecordWrittenBeforeSchemaVersionAndRefusesOneWithoutItsUrl() {
        FeedRecord feed = MessageReader.read(json, "{\"id\":\"f1\",\"url\":\"https://news.example/rss.xml\","
                + "\"intervalSeconds\":600,\"fetchPages\":false,\"state\":{\"failures\":1,\"itemsSeen\":4,"
                + "\"seen\":[\"fp\"]}}", FeedRecord.class);

        assertThat(feed.schemaVersion()).isNull();
        assertThat(feed.state().itemsSeen()).isEqualTo(4);
        assertThat(feed.withState(feed.state()).schemaVersion()).as("written back in this producer's version")
                .isEqualTo(SchemaVersion.CURRENT);
        assertThatThrownBy(() -> MessageReader.read(json, "{\"schemaVersion\":\"1.1\",\"id\":\"f1\","
                + "\"address\":\"https://news.example/rss.xml\"}", FeedRecord.class))
                .isInstanceOf(ContractViolation.class)
                .hasMessage("FeedRecord without its required field(s) url (missing, null or renamed)");
    }

    @Test
    void refusesAnotherMajorVersionBeforeBindingItsFields() {
        // In a version 2 "events" might be an object; the reason must still be the version, not a type error.
        assertThatThrownBy(() -> MessageReader.read(json,
                "{\"schemaVersion\":\"2.0\",\"articleId\":\"a1\",\"events\":{\"byDate\":{}}}",
                ArticleEventsMessage.class))
                .isInstanceOf(ContractViolation.class)
                .hasMessage("schemaVersion 2.0 has major version 2, this consumer reads major version 1 only");
    }

    @Test
    void refusesAVersionThatIsNoVersion() {
        assertThatThrownBy(() -> MessageReader.read(json, "{\"schemaVersion\":\"one\",\"id\":\"a\",\"text\":\"t\"}",
                ArticleMessage.class)).isInstanceOf(ContractViolation.class).hasMessageContaining("not major.minor");
    }

    @Test
    void namesARenamedRequiredFieldInsteadOfReadingItAsNull() {
        assertThatThrownBy(() -> MessageReader.read(json,
                "{\"schemaVersion\":\"1.0\",\"articleId\":\"a1\",\"evts\":[]}", ArticleEventsMessage.class))
                .isInstanceOf(ContractViolation.class)
                .hasMessage("ArticleEventsMessage without its required field(s) events (missing, null or renamed)");
    }

    @Test
    void namesTheMissingFieldsOfAnEvent() {
        assertThatThrownBy(() -> MessageReader.read(json, "{\"articleId\":\"a1\",\"events\":[{\"date\":\"2018\","
                + "\"status\":\"occurred\"},{\"when\":\"2019\",\"status\":\"planned\"},null]}",
                ArticleEventsMessage.class))
                .isInstanceOf(ContractViolation.class)
                .hasMessageContaining("events[1].date, events[2] ");
    }

    @Test
    void refusesWhatIsNoJsonObject() {
        assertThatThrownBy(() -> MessageReader.read(json, "not json", ArticleMessage.class))
                .isInstanceOf(ContractViolation.class).hasMessageStartingWith("unparseable JSON");
        assertThatThrownBy(() -> MessageReader.read(json, "[1]", ArticleMessage.class))
                .isInstanceOf(ContractViolation.class).hasMessage("not a JSON object");
        assertThatThrownBy(() -> MessageReader.read(json, " ", ArticleMessage.class))
                .isInstanceOf(ContractViolation.class).hasMessage("empty record value");
    }
}
