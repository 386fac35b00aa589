package news.timeline.ingest.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Sends articles to the {@code articles} topic, keyed by article id so that one article keeps one partition. */
@ApplicationScoped
public class ArticlePublisher {

    private final Emitter<ArticleMessage> emitter;

    public ArticlePublisher(@Channel("articles") Emitter<ArticleMessage> emitter) {
        this.emitter = emitter;
    }

    /** Completes when the broker has acknowledged the record (acks=all), exceptionally when it could not. */
    public CompletionStage<Void> publish(ArticleMessage article) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        Message<ArticleMessage> message = Message.of(article)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build())
                .withAck(() -> {
                    sent.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    sent.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        return sent;
    }
}
