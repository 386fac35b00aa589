package news.timeline.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What happened to each article of a run: when it was first posted, accepted, stored; by its position (seq). */
public final class Tracker {

    private final int count;
    private final long[] sentAt;
    private final long[] acceptedAt;
    private final long[] storedAt;
    private final String[] ids;
    private final boolean[] syndicated;
    private final byte[] outcome; // 0 pending, 1 accepted, 2 rejected, 3 abandoned
    private final Map<String, Integer> seqOfId = new ConcurrentHashMap<>();
    private final AtomicInteger posted = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger transportErrors = new AtomicInteger();
    private final AtomicInteger storedAgain = new AtomicInteger();
    private final AtomicInteger syndicatedCount = new AtomicInteger();
    private final List<String> problems = new ArrayList<>();

    public Tracker(int count) {
        this.count = count;
        this.sentAt = new long[count];
        this.acceptedAt = new long[count];
        this.storedAt = new long[count];
        this.ids = new String[count];
        this.syndicated = new boolean[count];
        this.outcome = new byte[count];
    }

    public int count() {
        return count;
    }

    synchronized void generated(GeneratedArticle article) {
        syndicated[article.seq()] = article.syndicated();
        if (article.syndicated()) {
            syndicatedCount.incrementAndGet();
        }
    }

    synchronized void sent(int seq, long now) {
        if (sentAt[seq] == 0) {
            sentAt[seq] = now;
            posted.incrementAndGet();
        } else {
            retries.incrementAndGet();
        }
    }

    synchronized void accepted(int seq, String id, long now) {
        if (outcome[seq] != 0) {
            return;
        }
        outcome[seq] = 1;
        acceptedAt[seq] = now;
        ids[seq] = id;
        Integer previous = seqOfId.putIfAbsent(id, seq);
        if (previous != null && previous != seq) {
            problem("articles " + previous + " and " + seq + " got the same id " + id);
        }
        accepted.incrementAndGet();
    }

    synchronized void rejected(int seq, int status, String detail) {
        if (outcome[seq] != 0) {
            return;
        }
        outcome[seq] = 2;
        rejected.incrementAndGet();
        problem("article " + seq + " rejected (" + status + "): " + detail);
    }

    synchronized void abandoned(int seq, String why) {
        if (outcome[seq] != 0) {
            return;
        }
        outcome[seq] = 3;
        abandoned.incrementAndGet();
        problem("article " + seq + " abandoned: " + why);
    }

    /** @return true when this is the first time the article is seen stored */
    synchronized boolean stored(String id, long storedAtMillis) {
        Integer seq = seqOfId.get(id);
        if (seq == null) {
            return false;
        }
        if (storedAt[seq] != 0) {
            storedAgain.incrementAndGet();
            return false;
        }
        storedAt[seq] = storedAtMillis;
        stored.incrementAndGet();
        return true;
    }

    void throttled() {
        throttled.incrementAndGet();
    }

    void transportError() {
        transportErrors.incrementAndGet();
    }

    synchronized void problem(String text) {
        if (problems.size() < 20) {
            problems.add(text);
        }
    }

    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** Accepted articles not seen stored yet, in posting order. */
    public synchronized List<String> pendingIds(int limit, int from) {
        List<String> pending = new ArrayList<>();
        for (int k = 0; k < count && pending.size() < limit; k++) {
            int seq = (from + k) % count;
            if (outcome[seq] == 1 && storedAt[seq] == 0) {
                pending.add(ids[seq]);
            }
        }
        return pending;
    }

    public synchronized List<String> acceptedIds() {
        List<String> out = new ArrayList<>();
        for (int seq = 0; seq < count; seq++) {
            if (outcome[seq] == 1) {
                out.add(ids[seq]);
            }
        }
        return out;
    }

    public int resolved() {
        return accepted.get() + rejected.get() + abandoned.get();
    }

    public int posted() {
        return posted.get();
    }

    public int accepted() {
        return accepted.get();
    }

    public int rejected() {
        return rejected.get();
    }

    public int abandoned() {
        return abandoned.get();
    }

    public int stored() {
        return stored.get();
    }

    public int retries() {
        return retries.get();
    }

    public int throttledResponses() {
        return throttled.get();
    }

    public int transportErrors() {
        return transportErrors.get();
    }

    public int storedAgain() {
        return storedAgain.get();
    }

    public int syndicated() {
        return syndicatedCount.get();
    }

    synchronized long sentAt(int seq) {
        return sentAt[seq];
    }

    synchronized long acceptedAt(int seq) {
        return acceptedAt[seq];
    }

    synchronized long storedAt(int seq) {
        return storedAt[seq];
    }

    synchronized String id(int seq) {
        return ids[seq];
    }

    synchronized boolean isSyndicated(int seq) {
        return syndicated[seq];
    }
}
