package news.timeline.timeline.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.EntryProfile;
import news.timeline.timeline.entity.TimelineEntry;

/**
 * The merge profiles of candidate entries, parsed once and kept by entry id and version. A busy date's entries are
 * candidates of nearly every report of that date: reading and parsing their JSON profiles for each report was most of
 * a merge's cost, while the candidate statement can tell from an entry's version alone whether a kept profile is
 * still the entry's.
 * <p>
 * A version identifies an entry's content only once it is committed: a transaction that rolls back may have read its
 * own flushed changes under a version that another transaction then commits with other content. So what a transaction
 * reads is kept aside and joins the shared cache only when that transaction commits.
 */
@ApplicationScoped
public class CandidateProfiles {

    /** The transaction resource key of {@link #changed}'s candidates. */
    private static final Object CHANGED = new Object();

    /** An entry as the merge scores it: its dates and its sample reports. */
    record Candidate(long id, int version, LocalDate start, LocalDate end, List<MentionFeatures> samples) {

        static Candidate of(long id, int version, LocalDate start, LocalDate end, EntryProfile profile) {
            return new Candidate(id, version, start, end, profile.samples().stream().map(MentionFeatures::of).toList());
        }

        /** The samples as seen by a report of {@code article}: its own earlier version guides, it does not constrain. */
        List<MentionFeatures> samplesFor(String article) {
            // A loop, not a stream: this runs for every candidate of every report.
            List<MentionFeatures> seen = samples;
            for (int i = 0; i < samples.size(); i++) {
                if (samples.get(i).articleId().equals(article)) {
                    if (seen == samples) {
                        seen = new ArrayList<>(samples);
                    }
                    seen.set(i, samples.get(i).asSuperseded());
                }
            }
            return seen;
        }
    }

    private final TransactionSynchronizationRegistry transactions;
    private final Map<Long, Candidate> committed;
    /** The share of candidates found kept tells an operator whether the cache holds the dates being merged. */
    private final Counter hits;
    private final Counter misses;

    public CandidateProfiles(TransactionSynchronizationRegistry transactions, TimelineConfig config,
            MeterRegistry registry) {
        this.transactions = transactions;
        this.hits = registry.counter("timeline.merge.profiles", "result", "kept");
        this.misses = registry.counter("timeline.merge.profiles", "result", "read");
        int capacity = config.merge().profileCacheSize();
        this.committed = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Candidate> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The candidates at the given versions, in the given order: kept ones as they are, the others read in one
     * statement. Must run inside a transaction.
     */
    List<Candidate> at(EntityManager em, Map<Long, Integer> versions) {
        Map<Long, Candidate> read = readInThisTransaction();
        Map<Long, Candidate> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Map.Entry<Long, Integer> wanted : versions.entrySet()) {
            Candidate kept = read.get(wanted.getKey());
            if (kept == null) {
                kept = committed(wanted.getKey());
            }
            if (kept != null && kept.version() == wanted.getValue()) {
                found.put(kept.id(), kept);
            } else {
                missing.add(wanted.getKey());
            }
        }
        hits.increment(found.size());
        misses.increment(missing.size());
        for (Candidate candidate : load(em, missing)) {
            read.put(candidate.id(), candidate);
            found.put(candidate.id(), candidate);
        }
        List<Candidate> ordered = new ArrayList<>(versions.size());
        for (Long id : versions.keySet()) {
            Candidate candidate = found.get(id);
            if (candidate != null) {
                ordered.add(candidate);
            }
        }
        return ordered;
    }

    /**
     * An entry this transaction changed, as the merge scores it now. Its profile is replaced by every report it takes,
     * so the parsed candidate is kept by that profile's identity for the rest of the transaction: the article's later
     * reports score it again without parsing its samples again.
     */
    Candidate changed(TimelineEntry entry) {
        return parsedChanges().computeIfAbsent(entry.profile,
                profile -> Candidate.of(entry.id, entry.version, entry.dateStart, entry.dateEnd, profile));
    }

    @SuppressWarnings("unchecked")
    private Map<EntryProfile, Candidate> parsedChanges() {
        Map<EntryProfile, Candidate> parsed = (Map<EntryProfile, Candidate>) transactions.getResource(CHANGED);
        if (parsed == null) {
            parsed = new IdentityHashMap<>();
            transactions.putResource(CHANGED, parsed);
        }
        return parsed;
    }

    /**
     * Entries this transaction just flushed, at their new versions: the article's next reports, the batch's next
     * articles and, once this transaction commits, the next transactions find them kept instead of reading back
     * what was just written. Call after a flush, so that each entry's version is the one it was written with.
     */
    void flushed(Collection<TimelineEntry> entries) {
        Map<Long, Candidate> read = readInThisTransaction();
        Map<EntryProfile, Candidate> parsed = parsedChanges();
        for (TimelineEntry entry : entries) {
            if (entry.profile == null) {
                continue;
            }
            Candidate scored = parsed.get(entry.profile);
            read.put(entry.id, scored == null
                    ? Candidate.of(entry.id, entry.version, entry.dateStart, entry.dateEnd, entry.profile)
                    : new Candidate(entry.id, entry.version, entry.dateStart, entry.dateEnd, scored.samples()));
        }
    }

    int size() {
        synchronized (committed) {
            return committed.size();
        }
    }

    private Candidate committed(long id) {
        synchronized (committed) {
            return committed.get(id);
        }
    }

    /** Entries without a profile (stored before profiles existed, not yet backfilled) are never candidates. */
    private static List<Candidate> load(EntityManager em, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select e.id, e.version, e.dateStart, e.dateEnd, e.profile"
                + " from TimelineEntry e where e.id in ?1 and e.profile is not null", Object[].class)
                .setParameter(1, ids).getResultList();
        List<Candidate> candidates = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            candidates.add(Candidate.of((Long) row[0], (Integer) row[1], (LocalDate) row[2], (LocalDate) row[3],
                    (EntryProfile) row[4]));
        }
        return candidates;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Candidate> readInThisTransaction() {
        Map<Long, Candidate> read = (Map<Long, Candidate>) transactions.getResource(CandidateProfiles.class);
        if (read == null) {
            Map<Long, Candidate> fresh = new HashMap<>();
            transactions.putResource(CandidateProfiles.class, fresh);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        synchronized (committed) {
                            committed.putAll(fresh);
                        }
                    }
                }
            });
            read = fresh;
        }
        return read;
    }
}
