package news.timeline.timeline.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.micrometer.core.instrument.MeterRegistry;

import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;
import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.salience.DateSalience;
import news.timeline.timeline.salience.DayReference;
import news.timeline.timeline.salience.StatementSelector;
import news.timeline.timeline.text.PgArrays;
import news.timeline.timeline.view.DateRangeView;
import news.timeline.timeline.view.EventView;
import news.timeline.timeline.view.OutletView;
import news.timeline.timeline.view.TimelineItemView;
import news.timeline.timeline.view.TimelineView;

/**
 * Builds a short timeline: the K most referred-to dates for a query, shown in date order. Salience is maintained
 * with each entry, so a bounded number of candidates is read from the salience index; a date ranks by the reports of
 * all its candidates ({@link DateSalience}), and its item leads with its most salient entry and tells the date with
 * the statements that {@link StatementSelector} chooses among what the first reports of its entries say
 * ({@link ReportStatements}) and, for a day, what a few of the story's articles published on it or the day after lead
 * with ({@link LeadStatements}), so that K items cover K different dates, each with a bounded number of statements and
 * outlets.
 * <p>
 * Dashboards and programs poll the same few timelines: each is computed once per {@code timeline.timeline-cache.ttl}
 * (a second by default, less than the way from POST to queryable takes) and shared by every request in it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelineQueryService {

    static final int MAX_STATEMENTS = 5;
    /** Statements a request may ask for per date: journalists' timelines give up to six sentences a date. */
    static final int MAX_SENTENCES = 10;
    static final int MAX_OUTLETS = 5;
    /** Reports of the matching entries whose articles a story follows (see {@link EntryQuery#story}). */
    static final int STORY_REPORTS = 2000;
    /**
     * Reports of each entry of the items whose statements may tell its date: with at most the salience's candidate
     * limit of entries, a request reads at most that many times this many reports, however busy the date.
     */
    static final int REPORTS_PER_ENTRY = 8;
    /**
     * Articles published on a day or the day after whose leads may tell the day (README, "Where the candidates come
     * from"), of at most {@link #LEAD_ARTICLES_SCANNED} articles read for the day: at most 60 more candidates a day.
     */
    static final int LEAD_ARTICLES = 10;
    static final int LEAD_ARTICLES_SCANNED = 200;

    private final TimelineConfig config;
    private final SharedResponses<Request, Rendered<TimelineView>> cache;
    private final ObjectWriter json;

    public TimelineQueryService(TimelineConfig config, MeterRegistry registry, ObjectMapper mapper) {
        this.config = config;
        this.json = mapper.writer();
        this.cache = SharedResponses.of(config.timelineCache(), registry, "timelines",
                r -> new Rendered<>(compute(r.filter(), r.k(), r.perDate()), json));
    }

    /** A candidate as the salience index gives it: enough to rank the dates, nothing to parse. */
    private record Candidate(long id, String dateValue, Granularity granularity, LocalDate dateStart, int reports,
            EventStatus status) {

        static Candidate of(Object[] values) {
            Row row = new Row(values);
            return new Candidate(row.nextLong(), row.nextString(), row.nextEnum(Granularity.class), row.nextDate(),
                    row.nextInt(), row.nextEnum(EventStatus.class));
        }
    }

    /** A date's candidates, most salient first, and its importance; {@code day} is null for a coarser date. */
    private record CandidateDate(LocalDate day, List<Long> ids, DateSalience salience) {
    }

    /** What an item shows of an entry, with the articles of its sample reports (for its outlets). */
    private record ItemEntry(long id, String dateValue, Granularity granularity, LocalDate dateStart,
            LocalDate dateEnd, String text, EventStatus status, List<String> actors, String location,
            int sourceCount, int mentionCount, double salience, List<String> sampleArticles) {

        static final String COLUMNS = "e.id, e.date_value, e.granularity, e.date_start::text, e.date_end::text,"
                + " e.text, e.status, e.actors::text, e.location, e.source_count, e.mention_count, e.salience,"
                + " (select jsonb_agg(s->>'article') from jsonb_array_elements(e.profile->'samples') s"
                + " where s->>'article' is not null)::text";

        static ItemEntry of(Object[] values) {
            Row row = new Row(values);
            return new ItemEntry(row.nextLong(), row.nextString(), row.nextEnum(Granularity.class), row.nextDate(),
                    row.nextDate(), row.nextString(), row.nextEnum(EventStatus.class), row.nextStrings(),
                    row.nextString(), row.nextInt(), row.nextInt(), row.nextDouble(), row.nextStrings());
        }
    }

    /**
     * The {@code limit} most referred-to dates for the filter, each with at most {@code sentences} statements (both
     * optional: the configured default number of dates, {@link #MAX_STATEMENTS} statements; at most
     * {@link #MAX_SENTENCES}).
     */
    public Rendered<TimelineView> timeline(EventFilter filter, Integer limit, Integer sentences) {
        int k = PageSizes.resolve("limit", limit, config.timeline());
        if (sentences != null && (sentences < 1 || sentences > MAX_SENTENCES)) {
            throw new InvalidParameterException("sentences",
                    "must be between 1 and " + MAX_SENTENCES + ", not " + sentences);
        }
        int perDate = sentences == null ? MAX_STATEMENTS : sentences;
        return cache.get(new Request(filter, k, perDate));
    }

    /** A timeline request as the cache knows it: filter, number of dates and of statements per date. */
    private record Request(EventFilter filter, int k, int perDate) {
    }

    @SuppressWarnings("unchecked")
    private TimelineView compute(EventFilter filter, int k, int perDate) {
        int candidates = config.salience().candidateLimit();
        EntryQuery query = new EntryQuery(filter).story(candidates, STORY_REPORTS);
        EntityManager em = TimelineEntry.getEntityManager();
        Query sql = em.createNativeQuery("select e.id, e.date_value, e.granularity, e.date_start::text,"
                + " e.mention_count, e.status"
                + " from timeline_entry e where " + query.where + " order by e.salience desc, e.id limit :limit");
        query.params.forEach(sql::setParameter);
        List<Object[]> rows = sql.setParameter("limit", candidates).getResultList();
        // Without words or entity the timeline is of the whole store, whose day references are then its own.
        boolean wholeStore = filter.words().isEmpty() && filter.entity() == null;
        Map<String, CandidateDate> dates = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Candidate c = Candidate.of(row);
            CandidateDate date = dates.computeIfAbsent(c.dateValue(),
                    v -> new CandidateDate(c.granularity() == Granularity.DAY ? c.dateStart() : null,
                            new ArrayList<>(), new DateSalience(c.granularity(), wholeStore)));
            date.ids().add(c.id());
            date.salience().add(c.reports(), c.status());
        }
        referToDays(em, dates.values());
        // The most referred-to dates; among equals, the one with the more salient entry (met first) stays first.
        List<CandidateDate> chosen = dates.values().stream()
                .sorted(Comparator.comparingDouble((CandidateDate d) -> -d.salience().score())).limit(k).toList();
        // Only the entries that make the items are read, and of them only what an item shows.
        List<Long> ids = chosen.stream().flatMap(d -> d.ids().stream()).toList();
        Map<Long, ItemEntry> entries = ids.isEmpty() ? Map.of()
                : ((List<Object[]>) em.createNativeQuery("select " + ItemEntry.COLUMNS
                        + " from timeline_entry e where e.id = any(cast(?1 as bigint[]))")
                        .setParameter(1, PgArrays.numbers(ids)).getResultList()).stream()
                        .map(ItemEntry::of).collect(Collectors.toMap(ItemEntry::id, Function.identity()));
        List<List<ItemEntry>> top = chosen.stream()
                .map(date -> date.ids().stream().map(entries::get).filter(Objects::nonNull).toList())
                .filter(date -> !date.isEmpty())
                .sorted(Comparator.comparing((List<ItemEntry> d) -> d.get(0).dateStart())
                        .thenComparing(d -> d.get(0).id()))
                .toList();
        Map<String, OutletView> outlets = outletsOf(top);
        Map<Long, List<String>> reports = ReportStatements.of(em, ids, REPORTS_PER_ENTRY);
        Map<LocalDate, List<String>> leads = LeadStatements.of(em, chosen.stream().map(CandidateDate::day)
                .filter(Objects::nonNull).toList(), ids, LEAD_ARTICLES, LEAD_ARTICLES_SCANNED);
        List<List<String>> statements = top.stream().map(date -> statementsOf(date, reports, leads)).toList();
        StatementSelector selector = new StatementSelector(statements.stream().flatMap(List::stream).toList());
        List<TimelineItemView> items = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            items.add(item(top.get(i), outlets, selector.choose(statements.get(i), perDate)));
        }
        return new TimelineView(items);
    }

    /** Adds to each candidate day what the store's articles make of it (its day and the next, read by key). */
    private static void referToDays(EntityManager em, Collection<CandidateDate> dates) {
        Set<LocalDate> days = new HashSet<>();
        dates.stream().map(CandidateDate::day).filter(Objects::nonNull).forEach(d -> {
            days.add(d);
            days.add(d.plusDays(1));
        });
        Map<LocalDate, DayReference> references = DayReferenceQuery.of(em, days);
        for (CandidateDate date : dates) {
            if (date.day() != null) {
                date.salience().refer(references.getOrDefault(date.day(), DayReference.NONE),
                        references.getOrDefault(date.day().plusDays(1), DayReference.NONE));
            }
        }
    }

    /**
     * What the reports of the date's entries say, the most salient entry's first, then what the day's articles lead
     * with; each once.
     */
    private static List<String> statementsOf(List<ItemEntry> date, Map<Long, List<String>> reports,
            Map<LocalDate, List<String>> leads) {
        ItemEntry lead = date.get(0);
        List<String> ofDay = lead.granularity() == Granularity.DAY
                ? leads.getOrDefault(lead.dateStart(), List.of()) : List.of();
        return Stream.concat(date.stream().flatMap(e -> reports.getOrDefault(e.id(), List.of()).stream()),
                ofDay.stream()).distinct().toList();
    }

    /** The articles behind the sample reports of the items' entries (a bounded number per item), by article id. */
    @SuppressWarnings("unchecked")
    private static Map<String, OutletView> outletsOf(List<List<ItemEntry>> dates) {
        Set<String> ids = new LinkedHashSet<>();
        for (List<ItemEntry> date : dates) {
            date.stream().flatMap(e -> e.sampleArticles().stream()).distinct().limit(MAX_OUTLETS * 2L)
                    .forEach(ids::add);
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = TimelineEntry.getEntityManager().createNativeQuery(
                "select a.source, a.id, a.url, a.title, a.published_at from article a"
                        + " where a.id = any(cast(?1 as text[]))")
                .setParameter(1, PgArrays.text(ids.toArray(String[]::new))).getResultList();
        return rows.stream().map(r -> new OutletView((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4])).collect(Collectors.toMap(OutletView::articleId, Function.identity()));
    }

    /** The date's entries, most salient first, told by the statements chosen for it. */
    private static TimelineItemView item(List<ItemEntry> date, Map<String, OutletView> articles,
            List<String> statements) {
        ItemEntry lead = date.get(0);
        List<OutletView> outlets = new ArrayList<>();
        for (ItemEntry entry : date) {
            for (String article : entry.sampleArticles()) {
                OutletView outlet = articles.get(article);
                if (outlet != null && outlets.size() < MAX_OUTLETS && !outlets.contains(outlet)) {
                    outlets.add(outlet);
                }
            }
        }
        int sources = date.stream().mapToInt(ItemEntry::sourceCount).sum();
        int mentions = date.stream().mapToInt(ItemEntry::mentionCount).sum();
        return new TimelineItemView(lead.id(), lead.dateValue(), lead.granularity(),
                new DateRangeView(lead.dateStart(), lead.dateEnd()), lead.text(),
                statements,
                lead.status(), lead.actors(), lead.location(), sources, mentions,
                Math.round(lead.salience() * 1000) / 1000.0, outlets, date.stream().map(ItemEntry::id).toList(),
                EventView.mentionsUrl(lead.id()));
    }
}
