package news.timeline.kafka;

import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * One partition's offsets as its consumer sees them: the records received and not yet processed, those processed
 * out of order, and the offset the group has committed. What may be committed is the offset after the last record
 * processed with every record received before it processed too.
 * <p>
 * The committed offset moves only when Kafka confirmed a commit, never when one is merely attempted: a commit that
 * failed is offered again by {@link #toCommit()}, whether or not more records arrive. Not thread-safe: its owner
 * confines it to one thread.
 */
final class PartitionOffsets {

    private final TreeSet<Long> unprocessed = new TreeSet<>();
    private final Set<Long> processedAhead = new HashSet<>();
    private long processedUpTo;
    private long committed;

    /** @param committed the group's committed offset (the next record it will read), or -1 when it has none */
    PartitionOffsets(long committed) {
        this.committed = committed;
        this.processedUpTo = committed;
    }

    /** A record was handed to the application. Records before what is already processed (read again) are ignored. */
    void received(long offset) {
        if (offset >= processedUpTo) {
            unprocessed.add(offset);
        }
    }

    /** The application acknowledged a record. */
    void processed(long offset) {
        if (offset >= processedUpTo) {
            processedAhead.add(offset);
        }
        while (!unprocessed.isEmpty() && processedAhead.remove(unprocessed.first())) {
            processedUpTo = unprocessed.pollFirst() + 1;
        }
        if (unprocessed.isEmpty()) {
            processedAhead.clear();
        }
    }

    /** @return the offset to commit, when there is one beyond what Kafka has confirmed */
    OptionalLong toCommit() {
        return processedUpTo > committed ? OptionalLong.of(processedUpTo) : OptionalLong.empty();
    }

    /** Kafka confirmed a commit of this offset. */
    void committed(long offset) {
        committed = Math.max(committed, offset);
    }

    /** @return how many received records wait to be processed */
    int waiting() {
        return unprocessed.size();
    }
}
