package news.timeline.timeline.merge;

import news.timeline.timeline.text.PgArrays;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import io.micrometer.core.instrument.MeterRegistry;
import news.timeline.contract.ArticleEventsMessage;
import news.timeline.contract.EventMessage;
import news.timeline.contract.EventStatus;
import news.timeline.contract.ReprocessRun;
import news.timeline.contract.timex.Granularity;
import news.timeline.contract.timex.TimexValue;
import news.timeline.timeline.entity.Article;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.reprocess.RevisionDiff;
import news.timeline.timeline.reprocess.RevisionLog;
import news.timeline.timeline.stream.ChangeLog;
import news.timeline.timeline.text.ContentWords;
import news.timeline.timeline.text.Names;

/**
 * Stores articles and files each of their events under a timeline entry, merging it with reports of the same event
 * from other articles. The work per report is bounded: its candidates come from an index probe, each candidate is
 * compared through its bounded profile, and the entry's description is updated incrementally.
 * <p>
 * An unchanged redelivery, or a re-extraction to the same events, is recognized by its digest and skipped. A changed
 * article replaces its reports: each new
 * report is matched while its earlier version is still known, so the article lands in the same entries and other
 * entries keep their ids; the entries its earlier version touched are then rebuilt from their reports (the one path
 * whose cost grows with an entry's reports, taken only when an article's content changes) and deleted when empty.
 * <p>
 * An article a reprocess run sent again (its {@code reprocessRun}) is also counted under the run (see RevisionLog):
 * unchanged, or changed with its events added, removed and re-dated.
 */
@ApplicationScoped
public class ArticleIngestionService {

    /** An actor is one of an article's main actors when at least this many of its events name them. */
    private static final int MAIN_ACTORS_MIN_EVENTS = 2;
    private static final int MAIN_ACTORS_MAX = 5;
    /** Leading sentences kept of an article: DATEWISE reads an article's first six. */
    static final int LEADS_MAX = 6;
    /** Reports whose words make an entry's word index; later reports rarely add a word worth searching. */
    private static final int SEARCHED_REPORTS = 64;

    private final CandidateFinder candidates;
    private final CandidateProfiles profiles;
    private final EntryUpdater updater;
    private final MeterRegistry registry;

    public ArticleIngestionService(CandidateFinder candidates, CandidateProfiles profiles, EntryUpdater updater,
            MeterRegistry registry) {
        this.candidates = candidates;
        this.profiles = profiles;
        this.updater = updater;
        this.registry = registry;
    }

    /** A validated event: the message's statement with its parsed date. */
    private record DatedEvent(int index, EventMessage event, TimexValue date, EventStatus status) {
    }

    /**
     * A validated message, with what the merge compares of each event: worked out before the merge locks are taken,
     * so that a merge of the same dates never waits for it.
     */
    private record Prepared(ArticleEventsMessage message, List<DatedEvent> events, String digest,
            List<String> mainActors, List<MentionFeatures> reports) {
    }

    /**
     * Stores one article in its own transaction.
     *
     * @throws InvalidArticleException when the message cannot be stored (no id, an event without a valid date...)
     */
    @Transactional
    public void ingest(ArticleEventsMessage message) {
        store(List.of(prepare(message)));
    }

    /**
     * Stores several articles in one transaction: one commit for all of them. Validate each with {@link #check}
     * first, so that one bad message does not fail the others.
     */
    @Transactional
    public void ingestAll(List<ArticleEventsMessage> messages) {
        // Of two versions of one article in a batch, the later one is the article.
        Map<String, ArticleEventsMessage> latest = new LinkedHashMap<>();
        messages.forEach(m -> latest.put(m.articleId(), m));
        store(latest.values().stream().map(ArticleIngestionService::prepare).toList());
    }

    /** @throws InvalidArticleException when the message cannot be stored */
    public static void check(ArticleEventsMessage message) {
        validate(message);
    }

    private void store(List<Prepared> batch) {
        EntityManager em = Article.getEntityManager();
        // Flushes happen once per article, not before every candidate query; what the current article changed
        // is known to the candidate search in memory.
        em.unwrap(Session.class).setHibernateFlushMode(FlushMode.MANUAL);
        Map<String, Article> stored = new HashMap<>();
        List<String> ids = batch.stream().map(p -> p.message().articleId()).distinct().toList();
        Article.<Article>list("id in ?1", ids).forEach(a -> stored.put(a.id, a));

        Map<String, List<Mention>> previous = new HashMap<>();
        DayReferences references = new DayReferences();
        MergeLocks locks = new MergeLocks();
        for (Prepared p : batch) {
            Article old = stored.get(p.message().articleId());
            if (old != null && !p.digest().equals(old.contentHash)) {
                List<Mention> mentions = Mention.list("from Mention m join fetch m.entry where m.article.id = ?1"
                        + " order by m.eventIndex", old.id);
                previous.put(old.id, mentions);
                references.remove(DayReferences.publicationDay(old.publishedAt, old.dct), mentions.stream()
                        .filter(m -> m.granularity == Granularity.DAY).map(m -> m.dateStart).toList());
                mentions.forEach(m -> locks.write(DateBuckets.around(m.dateStart, m.dateEnd)));
            }
            for (DatedEvent e : p.events()) {
                for (String bucket : DateBuckets.of(e.date().start(), e.date().end())) {
                    locks.take(bucket, DateBuckets.exclusive(bucket, true));
                }
                for (String bucket : DateBuckets.around(e.date().start(), e.date().end())) {
                    locks.take(bucket, DateBuckets.exclusive(bucket, false));
                }
            }
        }
        // Waiting here is time a merge of the same dates holds the locks: what a second consumer or instance cannot
        // overlap (see timeline.batches.store for the whole transaction).
        long waitStart = System.nanoTime();
        locks.acquire(em);
        registry.timer("timeline.merge.lock.wait").record(System.nanoTime() - waitStart, TimeUnit.NANOSECONDS);

        EntityIndex index = new EntityIndex();
        ChangeLog changes = new ChangeLog();
        RevisionLog revisions = new RevisionLog();
        Set<Long> rebuild = new LinkedHashSet<>();
        List<String> written = new ArrayList<>();
        for (Prepared p : batch) {
            String id = p.message().articleId();
            String run = p.message().reprocessRun();
            Article old = stored.get(id);
            if (old != null && p.digest().equals(old.contentHash)) {
                registry.counter("timeline.articles.unchanged").increment();
                keepEngineVersion(em, old, p.message());
                if (run != null) {
                    revisions.unchanged(run, id);
                }
                continue;
            }
            if (run != null) {
                revisions.changed(run, id, RevisionDiff.between(previous.getOrDefault(id, List.of()).stream()
                        .map(ArticleIngestionService::report).toList(), p.events().stream()
                        .map(ArticleIngestionService::report).toList()));
            }
            Article article = upsertArticle(old, p);
            references.add(DayReferences.publicationDay(article.publishedAt, article.dct), p.events().stream()
                    .filter(e -> e.date().granularity() == Granularity.DAY).map(e -> e.date().start()).toList());
            stored.put(id, article);
            written.add(id);
            store(em, article, p.events(), p.reports(), previous.getOrDefault(id, List.of()), index, changes,
                    rebuild);
            registry.counter("timeline.articles.ingested").increment();
        }
        index(em, written);
        rebuild(em, rebuild, index, changes);
        index.write(em);
        em.flush();
        // The end of the way from POST to queryable: as close to the commit as the transaction can tell.
        if (!written.isEmpty()) {
            em.createNativeQuery("update article set stored_at = clock_timestamp() where id = any(cast(?1 as text[]))")
                    .setParameter(1, PgArrays.text(written.toArray(String[]::new))).executeUpdate();
        }
        revisions.write(em);
        references.write(em);
        // Last, so that the change log's lock (see ChangeLog) is held for the commit only.
        changes.write(em);
    }

    /**
     * Events the same as stored, from another engine version: the article says which engine produced them last, and
     * nothing else is rewritten.
     */
    private static void keepEngineVersion(EntityManager em, Article stored, ArticleEventsMessage message) {
        if (Objects.equals(stored.engineVersion, message.engineVersion())) {
            return;
        }
        em.createNativeQuery("update article set engine_version = ?1, extracted_at = ?2 where id = ?3")
                .setParameter(1, message.engineVersion())
                .setParameter(2, message.extractedAt() == null ? null : Instant.parse(message.extractedAt()))
                .setParameter(3, stored.id).executeUpdate();
    }

    private static RevisionDiff.Report report(Mention m) {
        return new RevisionDiff.Report(isBlank(m.sentence) ? m.text : m.sentence, m.dateText, m.dateValue);
    }

    private static RevisionDiff.Report report(DatedEvent e) {
        EventMessage event = e.event();
        return new RevisionDiff.Report(isBlank(event.sentence()) ? event.text() : event.sentence(), event.dateText(),
                e.date().value());
    }

    private void store(EntityManager em, Article article, List<DatedEvent> events, List<MentionFeatures> reports,
            List<Mention> previous, EntityIndex index, ChangeLog changes, Set<Long> rebuild) {
        Map<Long, List<MentionFeatures>> superseded = new LinkedHashMap<>();
        for (Mention old : previous) {
            superseded.computeIfAbsent(old.entry.id, id -> new ArrayList<>()).add(MentionFeatures.of(old, true));
            rebuild.add(old.entry.id);
            old.delete();
        }
        if (!previous.isEmpty()) {
            // The new mentions reuse the (article, event index) keys of the deleted ones.
            em.flush();
        }

        Map<Long, List<MentionFeatures>> own = new LinkedHashMap<>();
        Map<Long, TimelineEntry> refile = new LinkedHashMap<>();
        Map<Long, TimelineEntry> changed = new LinkedHashMap<>();
        Set<String> outlets = new HashSet<>();
        String outlet = article.outletKey();
        List<Mention> mentions = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Mention mention = newMention(article, events.get(i), reports.get(i));
            mention.outletKey = outlet;
            mentions.add(mention);
        }
        List<List<CandidateProfiles.Candidate>> found = candidates.candidates(em, reports,
                events.stream().map(DatedEvent::date).toList());
        for (int i = 0; i < events.size(); i++) {
            DatedEvent event = events.get(i);
            Mention mention = mentions.get(i);
            MentionFeatures features = reports.get(i);
            TimelineEntry entry = candidates.best(em, features, event.date(), found.get(i), superseded, own);
            EntityIndex.Named before;
            boolean newOutlet;
            if (entry == null) {
                entry = newEntry(event.date());
                before = EntityIndex.Named.none();
                newOutlet = true;
                changes.created(entry.id);
                registry.counter("timeline.entries.created").increment();
            } else {
                before = EntityIndex.Named.of(entry);
                newOutlet = !outlets.contains(entry.id + "\u0000" + outlet) && !reported(em, entry, outlet);
                changes.updated(entry.id);
                registry.counter("timeline.mentions.merged").increment();
            }
            outlets.add(entry.id + "\u0000" + outlet);
            mention.entry = entry;
            mention.persist();
            if (updater.add(entry, mention, features, newOutlet)) {
                refile.put(entry.id, entry);
            }
            changed.put(entry.id, entry);
            index.changed(entry.id, before, EntityIndex.Named.of(entry));
            own.computeIfAbsent(entry.id, id -> new ArrayList<>()).add(features);
        }
        em.flush();
        profiles.flushed(changed.values());
        refile(em, refile.values());
        // Keeps the session small: dirty checking covers one article's entities, not the whole batch's.
        em.clear();
    }

    /**
     * Adds the words of the batch's new reports to their entries' search vectors, in one statement for the batch: an
     * entry several articles reported gets all their words at once, and its vector is rewritten once. Each entry's
     * salience is kept beside its words (so that searches rank matches without visiting entries); an entry past
     * {@link #SEARCHED_REPORTS} reports gets its new salience and keeps its vector as it is (the same stored value).
     */
    private static void index(EntityManager em, List<String> articles) {
        if (articles.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into entry_search (entry_id, search_vector, salience)"
                + " select m.entry_id, strip(to_tsvector('simple', coalesce(string_agg(m.text || ' '"
                + " || coalesce(m.sentence, ''), ' ') filter (where e.mention_count <= ?2), ''))), max(e.salience)"
                + " from mention m join timeline_entry e on e.id = m.entry_id"
                + " where m.article_id = any(cast(?1 as text[])) group by m.entry_id"
                + " order by m.entry_id on conflict (entry_id) do update set salience = excluded.salience,"
                + " search_vector = case when excluded.search_vector = ''::tsvector then entry_search.search_vector"
                + " else strip(entry_search.search_vector || excluded.search_vector) end")
                .setParameter(1, PgArrays.text(articles.toArray(String[]::new))).setParameter(2, SEARCHED_REPORTS)
                .executeUpdate();
    }

    /** Files entries under their current merge keys; rows are rewritten only for entries whose keys changed. */
    private static void refile(EntityManager em, Collection<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String ids = PgArrays.numbers(entries.stream().map(e -> e.id).toList());
        em.createNativeQuery("delete from entry_key_item where entry_id = any(cast(?1 as bigint[]))")
                .setParameter(1, ids).executeUpdate();
        // One statement for all: each entry's keys travel joined by a separator no key contains.
        em.createNativeQuery("insert into entry_key_item (key, entry_id, weight, date_start, date_end)"
                + " select k.key, t.id, t.w, cast(t.ds as date), cast(t.de as date) from"
                + " unnest(cast(?1 as bigint[]), cast(?2 as int[]), cast(?3 as text[]), cast(?4 as text[]),"
                + " cast(?5 as text[])) as t(id, w, ds, de, k) cross join unnest(string_to_array(t.k, chr(31))) as k(key)")
                .setParameter(1, ids)
                .setParameter(2, PgArrays.numbers(entries.stream().map(e -> e.mentionCount).toList()))
                .setParameter(3, PgArrays.text(entries.stream().map(e -> PgArrays.date(e.dateStart)).toArray(String[]::new)))
                .setParameter(4, PgArrays.text(entries.stream().map(e -> PgArrays.date(e.dateEnd)).toArray(String[]::new)))
                .setParameter(5, PgArrays.text(entries.stream()
                        .map(e -> String.join("\u001f", EntryUpdater.keys(e))).toArray(String[]::new)))
                .executeUpdate();
    }

    /** Whether the outlet reported the entry before this article: the profile tells while the outlets are few. */
    private static boolean reported(EntityManager em, TimelineEntry entry, String outlet) {
        Boolean known = entry.profile == null ? null : entry.profile.reportedBy(outlet);
        if (known != null) {
            return known;
        }
        return !em.createNativeQuery("select 1 from mention where entry_id = ?1 and outlet_key = ?2 limit 1")
                .setParameter(1, entry.id).setParameter(2, outlet).getResultList().isEmpty();
    }

    /** Rebuilds entries from all their reports; deletes those left without any. */
    private void rebuild(EntityManager em, Set<Long> ids, EntityIndex index, ChangeLog changes) {
        List<TimelineEntry> rebuilt = new ArrayList<>();
        for (Long id : ids) {
            TimelineEntry entry = em.find(TimelineEntry.class, id);
            if (entry == null) {
                continue;
            }
            EntityIndex.Named before = EntityIndex.Named.of(entry);
            List<Mention> mentions = Mention.list("from Mention m join fetch m.article where m.entry.id = ?1"
                    + " order by m.id", id);
            if (mentions.isEmpty()) {
                index.changed(id, before, EntityIndex.Named.none());
                entry.delete();
                changes.deleted(id);
                continue;
            }
            updater.reset(entry);
            Set<String> outlets = new HashSet<>();
            for (Mention m : mentions) {
                updater.add(entry, m, MentionFeatures.of(m, false), outlets.add(m.outletKey));
            }
            index.changed(id, before, EntityIndex.Named.of(entry));
            changes.updated(id);
            rebuilt.add(entry);
        }
        if (!ids.isEmpty()) {
            em.flush();
            refile(em, rebuilt);
            em.createNativeQuery("insert into entry_search (entry_id, search_vector, salience) select e.id, coalesce("
                    + "(select strip(to_tsvector('simple', string_agg(x.words, ' '))) from (select m.text || ' ' ||"
                    + " coalesce(m.sentence, '') as words from mention m where m.entry_id = e.id order by m.id"
                    + " limit ?2) x), ''::tsvector), e.salience from timeline_entry e"
                    + " where e.id = any(cast(?1 as bigint[])) on conflict (entry_id) do update"
                    + " set search_vector = excluded.search_vector, salience = excluded.salience")
                    .setParameter(1, PgArrays.numbers(ids)).setParameter(2, SEARCHED_REPORTS).executeUpdate();
        }
    }

    /** Rebuilds entries stored before profiles existed (see ProfileBackfill). */
    @Transactional
    public int backfill(List<Long> ids) {
        EntityManager em = Article.getEntityManager();
        EntityIndex index = new EntityIndex();
        ChangeLog changes = new ChangeLog();
        rebuild(em, new LinkedHashSet<>(ids), index, changes);
        index.write(em);
        changes.write(em);
        return ids.size();
    }

    private static TimelineEntry newEntry(TimexValue date) {
        TimelineEntry entry = new TimelineEntry();
        // Placeholders until the entry is summarized from its mentions at the end of the transaction.
        entry.dateValue = date.value();
        entry.granularity = date.granularity();
        entry.dateStart = date.start();
        entry.dateEnd = date.end();
        entry.text = "";
        entry.status = EventStatus.OCCURRED;
        entry.leadStatus = EventStatus.OCCURRED;
        entry.createdAt = Instant.now();
        entry.updatedAt = entry.createdAt;
        entry.persist();
        return entry;
    }

    /** The same as {@link MentionFeatures#of(Mention, boolean)} of the mention {@link #newMention} makes. */
    private static MentionFeatures features(String articleId, DatedEvent dated, List<String> mainActors) {
        EventMessage event = dated.event();
        return new MentionFeatures(articleId, dated.date().value(), dated.date().start(), dated.date().end(),
                actorsOf(event), List.copyOf(mainActors), ContentWords.of(statementOf(event), event.dateText()),
                locationOf(event), dated.status(), false);
    }

    private static String statementOf(EventMessage event) {
        return isBlank(event.text()) ? event.sentence().trim() : event.text().trim();
    }

    private static List<String> actorsOf(EventMessage event) {
        return event.actors() == null ? List.of()
                : event.actors().stream().filter(a -> !isBlank(a)).map(String::trim).distinct().toList();
    }

    private static String locationOf(EventMessage event) {
        return isBlank(event.location()) ? null : event.location().trim();
    }

    private static Mention newMention(Article article, DatedEvent dated, MentionFeatures features) {
        EventMessage event = dated.event();
        Mention mention = new Mention();
        mention.article = article;
        mention.eventIndex = dated.index();
        mention.dateValue = dated.date().value();
        mention.granularity = dated.date().granularity();
        mention.dateStart = dated.date().start();
        mention.dateEnd = dated.date().end();
        mention.dateText = event.dateText();
        mention.dateOffsetStart = orZero(event.dateStart());
        mention.dateOffsetEnd = orZero(event.dateEnd());
        mention.text = statementOf(event);
        mention.sentence = event.sentence();
        mention.sentenceStart = orZero(event.sentenceStart());
        mention.sentenceEnd = orZero(event.sentenceEnd());
        mention.actors = new ArrayList<>(features.actors());
        mention.location = features.location();
        mention.status = dated.status();
        mention.confidence = event.confidence() == null ? 0.5 : event.confidence();
        return mention;
    }

    private static Article upsertArticle(Article stored, Prepared prepared) {
        ArticleEventsMessage message = prepared.message();
        Article article = stored == null ? new Article() : stored;
        article.id = message.articleId();
        article.url = message.url();
        article.title = message.title();
        article.source = message.source();
        article.language = message.language();
        article.publishedAt = message.publishedAt();
        article.dct = message.dct();
        article.publishedDay = DayReferences.publicationDay(message.publishedAt(), message.dct());
        article.leads = leadsOf(message);
        article.dctSource = isBlank(message.dctSource()) ? "unknown" : message.dctSource();
        article.dctGranularity = message.dctGranularity();
        article.dctConfidence = message.dctConfidence();
        article.dctEvidence = message.dctEvidence() == null ? new ArrayList<>() : new ArrayList<>(message.dctEvidence());
        article.mainActors = new ArrayList<>(prepared.mainActors());
        article.extractedAt = message.extractedAt() == null ? null : Instant.parse(message.extractedAt());
        article.engineVersion = message.engineVersion();
        article.receivedAt = Instant.now();
        article.storedAt = article.receivedAt;
        article.contentHash = prepared.digest();
        if (stored == null) {
            article.persist();
        }
        return article;
    }

    /** The message's leads, at most {@value #LEADS_MAX} non-blank ones: a timeline reads a bounded number a day. */
    private static List<String> leadsOf(ArticleEventsMessage message) {
        return message.leads() == null ? new ArrayList<>()
                : message.leads().stream().filter(s -> !isBlank(s)).limit(LEADS_MAX)
                        .collect(Collectors.toCollection(ArrayList::new));
    }

    private static Prepared prepare(ArticleEventsMessage message) {
        List<DatedEvent> events = validate(message);
        List<String> mainActors = Names.mostNamed(message.events() == null ? List.of()
                : message.events().stream().map(e -> e.actors() == null ? List.<String>of() : e.actors()).toList(),
                MAIN_ACTORS_MIN_EVENTS, MAIN_ACTORS_MAX);
        return new Prepared(message, events, digest(message), mainActors,
                events.stream().map(e -> features(message.articleId(), e, mainActors)).toList());
    }

    /**
     * Records print every field, nested ones included: equal digests mean equal content. When, by which engine, under
     * which schema version and for which run it was extracted are left out, so that a re-extraction to the same events
     * is recognized as unchanged.
     */
    private static String digest(ArticleEventsMessage m) {
        ArticleEventsMessage content = new ArticleEventsMessage(null, m.articleId(), m.url(), m.title(),
                m.source(), m.language(), m.publishedAt(), m.dct(), m.dctSource(), m.dctGranularity(),
                m.dctConfidence(), m.dctEvidence(), null, null, null, m.events(), m.leads());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static List<DatedEvent> validate(ArticleEventsMessage message) {
        if (isBlank(message.articleId())) {
            throw new InvalidArticleException("articleId is missing");
        }
        if (message.articleId().length() > 255) {
            throw new InvalidArticleException("articleId is longer than 255 characters");
        }
        if (message.reprocessRun() != null && !ReprocessRun.isValid(message.reprocessRun())) {
            throw new InvalidArticleException("reprocessRun is not a run id: '" + message.reprocessRun() + "'");
        }
        if (message.extractedAt() != null) {
            try {
                Instant.parse(message.extractedAt());
            } catch (DateTimeParseException e) {
                throw new InvalidArticleException("extractedAt is not an ISO-8601 instant: '" + message.extractedAt() + "'");
            }
        }
        List<EventMessage> events = message.events() == null ? List.of() : message.events();
        List<DatedEvent> dated = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EventMessage event = events.get(i);
            if (event == null) {
                throw new InvalidArticleException("event " + i + " is null");
            }
            int index = i;
            TimexValue date = TimexValue.parse(event.date()).orElseThrow(() -> new InvalidArticleException(
                    "event " + index + " has an invalid date value: '" + event.date() + "'"));
            if (isBlank(event.text()) && isBlank(event.sentence())) {
                throw new InvalidArticleException("event " + i + " has neither text nor sentence");
            }
            EventStatus status = event.status() == null ? EventStatus.OCCURRED
                    : EventStatus.fromLabel(event.status()).orElseThrow(() -> new InvalidArticleException(
                            "event " + index + " has an unknown status: '" + event.status() + "'"));
            if (event.confidence() != null && (event.confidence() < 0 || event.confidence() > 1)) {
                throw new InvalidArticleException("event " + i + " has a confidence outside 0..1");
            }
            dated.add(new DatedEvent(i, event, date, status));
        }
        return dated;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
