package news.timeline.timeline.merge;

import news.timeline.timeline.text.TimexDate;

import news.timeline.timeline.text.Names;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Sort;
import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.Article;
import news.timeline.timeline.entity.EventStatus;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.messaging.ArticleEventsMessage;
import news.timeline.timeline.messaging.EventMessage;

/**
 * Stores an article and files each of its events under a timeline entry, merging it with reports of the same
 * event from other articles. Re-processing an article replaces its reports: each new report is matched while its
 * earlier version is still known, so an unchanged article lands in the same entries and other entries keep their
 * ids; entries left without reports are deleted.
 */
@ApplicationScoped
public class ArticleIngestionService {

    /** Key of the PostgreSQL advisory lock that serializes merges (any constant shared by all instances). */
    private static final long MERGE_LOCK = 0x54494d454c494e45L;
    /** An actor is one of an article's main actors when at least this many of its events name them. */
    private static final int MAIN_ACTORS_MIN_EVENTS = 2;
    private static final int MAIN_ACTORS_MAX = 5;

    private final MergeScorer scorer;
    private final EntrySummarizer summarizer;
    private final TimelineConfig config;
    private final MeterRegistry registry;

    public ArticleIngestionService(MergeScorer scorer, EntrySummarizer summarizer, TimelineConfig config,
            MeterRegistry registry) {
        this.scorer = scorer;
        this.summarizer = summarizer;
        this.config = config;
        this.registry = registry;
    }

    /** A validated event: the message's statement with its parsed date. */
    private record DatedEvent(int index, EventMessage event, TimexDate date, EventStatus status) {
    }

    /** Candidate entry during matching, with the reports it had before this article was (re-)processed. */
    private record Candidate(TimelineEntry entry, List<MentionFeatures> reports) {
    }

    /**
     * Stores the article and its events in one transaction.
     *
     * @throws InvalidArticleException when the message cannot be stored (no id, an event without a valid date...)
     */
    @Transactional
    public void ingest(ArticleEventsMessage message) {
        List<DatedEvent> events = validate(message);
        // Merging reads candidate entries and then writes: two instances merging at once could each miss the
        // other's new entry. One cluster-wide lock, held until commit, serializes merges across instances.
        Article.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(" + MERGE_LOCK + ")")
                .getSingleResult();
        Article article = upsertArticle(message);

        List<Mention> previous = Mention.list("article.id = ?1 order by eventIndex", article.id);
        Map<Long, List<MentionFeatures>> superseded = new LinkedHashMap<>();
        Map<Long, TimelineEntry> touched = new LinkedHashMap<>();
        for (Mention old : previous) {
            superseded.computeIfAbsent(old.entry.id, id -> new ArrayList<>()).add(MentionFeatures.of(old, true));
            touched.put(old.entry.id, old.entry);
            old.delete();
        }
        // Hibernate flushes inserts before deletes; the new mentions reuse the (article, event index) keys.
        Mention.flush();

        for (DatedEvent event : events) {
            Mention mention = newMention(article, event);
            MentionFeatures features = MentionFeatures.of(mention, false);
            TimelineEntry entry = bestEntry(features, event.date(), superseded);
            if (entry == null) {
                entry = newEntry(event.date());
                registry.counter("timeline.entries.created").increment();
            } else {
                registry.counter("timeline.mentions.merged").increment();
            }
            mention.entry = entry;
            mention.persist();
            touched.put(entry.id, entry);
        }

        refresh(touched.values());
        registry.counter("timeline.articles.ingested").increment();
    }

    private TimelineEntry bestEntry(MentionFeatures features, TimexDate date,
            Map<Long, List<MentionFeatures>> superseded) {
        List<TimelineEntry> entries = TimelineEntry
                .find("(dateStart <= ?1 and dateEnd >= ?2) or (dateStart >= ?1 and dateEnd <= ?2)",
                        Sort.descending("dateStart").and("dateEnd").and("id"), date.start(), date.end())
                .range(0, config.merge().maxCandidates() - 1).list();
        if (entries.isEmpty()) {
            return null;
        }
        Map<Long, Candidate> candidates = new LinkedHashMap<>();
        for (TimelineEntry entry : entries) {
            List<MentionFeatures> reports = new ArrayList<>(superseded.getOrDefault(entry.id, List.of()));
            candidates.put(entry.id, new Candidate(entry, reports));
        }
        List<Mention> current = Mention.list("from Mention m join fetch m.article where m.entry.id in ?1",
                candidates.keySet());
        for (Mention mention : current) {
            candidates.get(mention.entry.id).reports().add(MentionFeatures.of(mention, false));
        }
        TimelineEntry best = null;
        double bestScore = -1;
        for (Candidate candidate : candidates.values()) {
            OptionalDouble fit = scorer.fit(features, date, candidate.entry().dateStart, candidate.entry().dateEnd,
                    candidate.reports());
            // Ties go to the older entry, so the outcome does not depend on the query's order.
            if (fit.isPresent() && (fit.getAsDouble() > bestScore
                    || fit.getAsDouble() == bestScore && candidate.entry().id < best.id)) {
                best = candidate.entry();
                bestScore = fit.getAsDouble();
            }
        }
        return best;
    }

    private void refresh(Collection<TimelineEntry> touched) {
        if (touched.isEmpty()) {
            return;
        }
        List<Long> ids = touched.stream().map(e -> e.id).toList();
        Map<Long, List<Mention>> mentionsByEntry = Mention
                .<Mention>list("from Mention m join fetch m.article where m.entry.id in ?1 order by m.id", ids)
                .stream().collect(Collectors.groupingBy(m -> m.entry.id));
        for (TimelineEntry entry : touched) {
            List<Mention> mentions = mentionsByEntry.get(entry.id);
            if (mentions == null) {
                entry.delete();
            } else {
                summarizer.summarize(entry, mentions);
            }
        }
    }

    private static TimelineEntry newEntry(TimexDate date) {
        TimelineEntry entry = new TimelineEntry();
        // Placeholders until the entry is summarized from its mentions at the end of the transaction.
        entry.dateValue = date.value();
        entry.granularity = date.granularity();
        entry.dateStart = date.start();
        entry.dateEnd = date.end();
        entry.text = "";
        entry.status = EventStatus.OCCURRED;
        entry.searchText = " ";
        entry.createdAt = Instant.now();
        entry.updatedAt = entry.createdAt;
        entry.persist();
        return entry;
    }

    private static Mention newMention(Article article, DatedEvent dated) {
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
        mention.text = isBlank(event.text()) ? event.sentence().trim() : event.text().trim();
        mention.sentence = event.sentence();
        mention.sentenceStart = orZero(event.sentenceStart());
        mention.sentenceEnd = orZero(event.sentenceEnd());
        mention.actors = event.actors() == null ? new ArrayList<>()
                : event.actors().stream().filter(a -> !isBlank(a)).map(String::trim).distinct()
                        .collect(Collectors.toCollection(ArrayList::new));
        mention.location = isBlank(event.location()) ? null : event.location().trim();
        mention.status = dated.status();
        mention.confidence = event.confidence() == null ? 0.5 : event.confidence();
        return mention;
    }

    private static Article upsertArticle(ArticleEventsMessage message) {
        Article stored = Article.findById(message.articleId());
        Article article = stored == null ? new Article() : stored;
        article.id = message.articleId();
        article.url = message.url();
        article.title = message.title();
        article.source = message.source();
        article.language = message.language();
        article.publishedAt = message.publishedAt();
        article.dct = message.dct();
        article.dctSource = isBlank(message.dctSource()) ? "unknown" : message.dctSource();
        article.dctGranularity = message.dctGranularity();
        article.dctConfidence = message.dctConfidence();
        article.dctEvidence = message.dctEvidence() == null ? new ArrayList<>() : new ArrayList<>(message.dctEvidence());
        article.mainActors = new ArrayList<>(Names.mostNamed(message.events() == null ? List.of()
                : message.events().stream().map(e -> e.actors() == null ? List.<String>of() : e.actors()).toList(),
                MAIN_ACTORS_MIN_EVENTS, MAIN_ACTORS_MAX));
        article.extractedAt = message.extractedAt() == null ? null : Instant.parse(message.extractedAt());
        article.receivedAt = Instant.now();
        if (stored == null) {
            article.persist();
        }
        return article;
    }

    private static List<DatedEvent> validate(ArticleEventsMessage message) {
        if (isBlank(message.articleId())) {
            throw new InvalidArticleException("articleId is missing");
        }
        if (message.articleId().length() > 255) {
            throw new InvalidArticleException("articleId is longer than 255 characters");
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
            TimexDate date = TimexDate.parse(event.date()).orElseThrow(() -> new InvalidArticleException(
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
