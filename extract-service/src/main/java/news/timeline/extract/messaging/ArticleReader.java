package news.timeline.extract.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import news.timeline.contract.ArticleMessage;
import news.timeline.contract.MessageReader;
import news.timeline.contract.PublicationDay;
import news.timeline.contract.ReprocessRun;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import news.timeline.extract.event.ArticleText;

import java.nio.charset.StandardCharsets;

/** Reads an {@code articles} record, rejecting what cannot be an article with a reason fit for the dead-letter topic. */
final class ArticleReader {

    private ArticleReader() {
    }

    /** @throws IllegalArgumentException with the reason: not an article of a known schema version, or no text */
    static ArticleMessage read(ObjectMapper json, String payload) {
        ArticleMessage article = MessageReader.read(json, payload, ArticleMessage.class);
        if (article.id().isBlank()) {
            throw new IllegalArgumentException("Article without id");
        }
        if (article.text().isBlank()) {
            throw new IllegalArgumentException("Article " + article.id() + " has no text");
        }
        return article;
    }

    /**
     * The id of the reprocess run that sent the record (its header {@link ReprocessRun#HEADER}), or null.
     *
     * @throws IllegalArgumentException when the header holds no valid run id
     */
    static String reprocessRun(Message<?> incoming) {
        Header header = incoming.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getHeaders().lastHeader(ReprocessRun.HEADER)).orElse(null);
        if (header == null) {
            return null;
        }
        String run = header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
        if (!ReprocessRun.isValid(run)) {
            throw new IllegalArgumentException("header " + ReprocessRun.HEADER + " '" + run + "' is not a run id");
        }
        return run;
    }

    static ArticleText toText(ArticleMessage article) {
        return new ArticleText(article.title(), article.text(), PublicationDay.of(article.publishedAt()));
    }
}
