package news.timeline.timeline.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.Article;
import news.timeline.timeline.entity.EntryProfile;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.view.DateRangeView;
import news.timeline.timeline.view.OutletView;
import news.timeline.timeline.view.TimelineItemView;
import news.timeline.timeline.view.TimelineView;

/**
 * Builds a short timeline: the K most salient dates for a query, shown in date order. A date is as salient as its
 * most salient entry; its item leads with that entry and gathers the statements and outlets of the date's entries,
 * so that K items cover K different dates. Salience is maintained with each entry, so the candidates are read from
 * the salience index and each item carries a bounded number of statements and outlets.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelineQueryService {

    static final int MAX_STATEMENTS = 5;
    static final int MAX_OUTLETS = 5;

    private final TimelineConfig config;

    public TimelineQueryService(TimelineConfig config) {
        this.config = config;
    }

    /** A candidate as the salience index gives it: enough to choose the dates, nothing to parse. */
    private record Candidate(long id, String dateValue) {
    }

    @SuppressWarnings("unchecked")
    public TimelineView timeline(EventFilter filter, Integer limit) {
        int k = PageSizes.resolve("limit", limit, config.timeline());
        EntryQuery query = new EntryQuery(filter);
        Query sql = TimelineEntry.getEntityManager().createNativeQuery("select e.id, e.date_value from timeline_entry e"
                + " where " + query.where + " order by e.salience desc, e.id limit :limit");
        query.params.forEach(sql::setParameter);
        List<Object[]> rows = sql.setParameter("limit", config.salience().candidateLimit()).getResultList();
        Map<String, List<Long>> byDate = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Candidate c = new Candidate(((Number) row[0]).longValue(), (String) row[1]);
            List<Long> date = byDate.get(c.dateValue());
            if (date == null) {
                if (byDate.size() == k) {
                    continue;
                }
                date = new ArrayList<>();
                byDate.put(c.dateValue(), date);
            }
            date.add(c.id());
        }
        // Only the entries that make the items are read whole (with their profiles).
        Map<Long, TimelineEntry> entries = TimelineEntry.<TimelineEntry>list("id in ?1",
                byDate.values().stream().flatMap(List::stream).toList()).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<List<TimelineEntry>> top = byDate.values().stream()
                .map(ids -> ids.stream().map(entries::get).filter(java.util.Objects::nonNull).toList())
                .filter(date -> !date.isEmpty())
                .sorted(Comparator.comparing((List<TimelineEntry> d) -> d.get(0).dateStart)
                        .thenComparing(d -> d.get(0).id))
                .toList();
        Map<String, Article> articles = articlesOf(top);
        return new TimelineView(top.stream().map(date -> item(date, articles)).toList());
    }

    /** The articles behind the sample reports of the items' entries: a bounded number per item. */
    private static Map<String, Article> articlesOf(List<List<TimelineEntry>> dates) {
        Set<String> ids = new LinkedHashSet<>();
        for (List<TimelineEntry> date : dates) {
            date.stream().flatMap(e -> samples(e).stream()).map(EntryProfile.Sample::article).distinct()
                    .limit(MAX_OUTLETS * 2L).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Article.<Article>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
    }

    /** The date's entries, most salient first. */
    private static TimelineItemView item(List<TimelineEntry> date, Map<String, Article> articles) {
        TimelineEntry lead = date.get(0);
        Set<String> statements = new LinkedHashSet<>();
        statements.add(lead.text);
        samples(lead).forEach(s -> statements.add(s.text()));
        date.stream().skip(1).forEach(e -> statements.add(e.text));
        Set<String> outletKeys = new LinkedHashSet<>();
        List<OutletView> outlets = new ArrayList<>();
        for (TimelineEntry entry : date) {
            for (EntryProfile.Sample sample : samples(entry)) {
                Article a = articles.get(sample.article());
                if (a != null && outlets.size() < MAX_OUTLETS && outletKeys.add(a.id)) {
                    outlets.add(new OutletView(a.source, a.id, a.url, a.title, a.publishedAt));
                }
            }
        }
        int sources = date.stream().mapToInt(e -> e.sourceCount).sum();
        int mentions = date.stream().mapToInt(e -> e.mentionCount).sum();
        return new TimelineItemView(lead.id, lead.dateValue, lead.granularity,
                new DateRangeView(lead.dateStart, lead.dateEnd), lead.text,
                statements.stream().filter(s -> s != null && !s.isBlank()).limit(MAX_STATEMENTS).toList(),
                lead.status, List.copyOf(lead.actors), lead.location, sources, mentions,
                Math.round(lead.salience * 1000) / 1000.0, outlets, date.stream().map(e -> e.id).toList(),
                "/api/events/" + lead.id + "/mentions");
    }

    private static List<EntryProfile.Sample> samples(TimelineEntry entry) {
        return entry.profile == null ? List.of() : entry.profile.samples();
    }
}
