package news.timeline.timeline.stream;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import news.timeline.contract.TimelineChangeMessage;
import news.timeline.http.Problem;
import news.timeline.timeline.query.EventFilter;
import news.timeline.timeline.view.EventView;

/**
 * One client's stream: the changes its filter matches, each once, in seq order. Fed first by its own catch-up, then
 * by the poller, never both at once (see {@link ChangePoller#follow}), so {@code last} needs no lock.
 * <p>
 * Events wait in the stream's buffer until the client takes them; a client that falls {@code maxBuffered} behind
 * gets its stream ended and resumes with its Last-Event-ID from the change log, instead of holding memory.
 */
final class ChangeSubscription {

    private final EventFilter filter;
    private final Sse sse;
    private final int maxBuffered;
    private volatile MultiEmitter<? super OutboundSseEvent> emitter;
    private long last;
    private long emitted;
    private long written;

    ChangeSubscription(EventFilter filter, long after, Sse sse, int maxBuffered) {
        this.filter = filter;
        this.last = after;
        this.sse = sse;
        this.maxBuffered = maxBuffered;
    }

    /** The stream; {@code start} runs when the client subscribes, {@code end} when the stream ends either way. */
    Multi<OutboundSseEvent> events(Runnable start, Runnable end) {
        return Multi.createFrom().<OutboundSseEvent>emitter(e -> {
            emitter = e;
            e.onTermination(end);
            // The response's head goes out with the first event: a client knows at once that it is connected.
            emit(sse.newEventBuilder().comment("stream open").build());
            start.run();
        }, BackPressureStrategy.BUFFER).onItem().invoke(this::taken);
    }

    EventFilter filter() {
        return filter;
    }

    /** @return false once the stream is over (the client left, or fell too far behind and is sent away) */
    boolean deliver(ChangePage page) {
        for (TimelineChangeMessage<EventView> change : page.recordsFor(filter)) {
            if (change.seq() <= last) {
                continue;
            }
            OutboundSseEvent.Builder event = sse.newEventBuilder().id(String.valueOf(change.seq())).name(change.kind());
            if (change.entry() == null) {
                event.data(DeletedEntry.class, new DeletedEntry(change.entryId()));
            } else {
                event.data(EventView.class, change.entry());
            }
            emit(event.build());
            last = change.seq();
        }
        if (backlog() > maxBuffered) {
            emitter.complete();
            return false;
        }
        return open();
    }

    void heartbeat() {
        emit(sse.newEventBuilder().comment("heartbeat").build());
    }

    /** Ends the stream with a problem event: the changes after {@code last} were pruned before they could be sent. */
    void gone(long pruned) {
        emit(sse.newEventBuilder().name("problem")
                .data(Problem.class, ChangesGoneException.problem(last, pruned, "/api/stream")).build());
        emitter.complete();
    }

    /** Ends the stream without an error: its client resumes from its Last-Event-ID. */
    void end() {
        emitter.complete();
    }

    boolean open() {
        return !emitter.isCancelled();
    }

    /** Waits while more than {@code room} events wait for the client: a catch-up reads no faster than it is taken. */
    synchronized void awaitRoom(int room) throws InterruptedException {
        while (emitted - written > room && open()) {
            wait(100);
        }
    }

    private synchronized long backlog() {
        return emitted - written;
    }

    private void emit(OutboundSseEvent event) {
        synchronized (this) {
            emitted++;
        }
        emitter.emit(event);
    }

    private synchronized void taken(OutboundSseEvent event) {
        written++;
        notifyAll();
    }
}
