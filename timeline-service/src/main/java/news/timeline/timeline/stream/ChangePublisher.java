package news.timeline.timeline.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import news.timeline.contract.TimelineChangeMessage;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.view.EventView;

/**
 * Relays the change log to the topic {@code timeline-changes} (key: entry id, value: a
 * {@link TimelineChangeMessage}), at least once and in seq order. How far it got is the row 'published' of {@code entry_change_mark}: each run locks that row
 * ({@code skip locked}), so of several instances one relays at a time and the others skip the run; the mark moves
 * only after the broker acknowledged every record of the page, in the same transaction, so a crash in between sends
 * the page again.
 */
@ApplicationScoped
public class ChangePublisher {

    /** Longer than the producer's own delivery timeout (two minutes), which fails a send the broker never took. */
    private static final long SEND_TIMEOUT_S = 150;
    /** Pages relayed per run, so that a backlog after an outage goes out in bounded runs. */
    private static final int MAX_PAGES_PER_RUN = 20;

    private final Emitter<String> topic;
    private final ChangeStore store;
    private final ChangePoller poller;
    private final ChangeConfig config;
    private final ObjectMapper json;
    private Periodic timer;

    public ChangePublisher(
            // A page goes out before its acknowledgements are awaited: room for the largest page (ChangeConfig).
            @Channel("timeline-changes") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 5000)
            Emitter<String> topic, ChangeStore store, ChangePoller poller,
            ChangeConfig config, ObjectMapper json) {
        this.topic = topic;
        this.store = store;
        this.poller = poller;
        this.config = config;
        this.json = json;
    }

    void start(@Observes StartupEvent event) {
        timer = new Periodic("change-relay", config.relayInterval(), this::relay);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.close();
        }
    }

    void relay() {
        for (int pages = 0; pages < MAX_PAGES_PER_RUN; pages++) {
            if (!relayPage()) {
                return;
            }
        }
    }

    /** @return whether a full page went out (more may wait) */
    private boolean relayPage() {
        // The poller's position is a watermark: every change up to it is final.
        long upTo = poller.delivered();
        if (upTo < 0) {
            return false;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> mark = TimelineEntry.getEntityManager().createNativeQuery("select seq from entry_change_mark"
                    + " where name = 'published' for update skip locked").getResultList();
            if (mark.isEmpty()) {
                return false;
            }
            long published = ((Number) mark.get(0)).longValue();
            if (published >= upTo) {
                return false;
            }
            ChangePage page = store.page(published, upTo, config.pageSize(), List.of());
            send(page.recordsFor(ChangePage.EVERYTHING));
            TimelineEntry.getEntityManager().createNativeQuery("update entry_change_mark set seq = ?1"
                    + " where name = 'published'").setParameter(1, page.end()).executeUpdate();
            return page.end() < upTo;
        });
    }

    private void send(List<TimelineChangeMessage<EventView>> records) throws Exception {
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (TimelineChangeMessage<EventView> record : records) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            topic.send(Message.of(value(record))
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                            .withKey(String.valueOf(record.entryId())).build())
                    .withAck(() -> {
                        ack.complete(null);
                        return CompletableFuture.completedFuture(null);
                    })
                    .withNack(failure -> {
                        ack.completeExceptionally(failure);
                        return CompletableFuture.completedFuture(null);
                    }));
            acks.add(ack);
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(SEND_TIMEOUT_S, TimeUnit.SECONDS);
    }

    private String value(TimelineChangeMessage<EventView> record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change record is plain data", e);
        }
    }
}
