package news.timeline.timeline.query;

import news.timeline.timeline.view.TimelineView;

import news.timeline.timeline.view.TimelineItemView;

import news.timeline.timeline.view.OutletView;

import news.timeline.timeline.view.DateRangeView;

import news.timeline.timeline.salience.SalienceScorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.entity.TimelineEntry;

/**
 * Builds a short timeline: the K most salient dates for a query, shown in date order. A date is as salient as its
 * most salient entry; its item leads with that entry and gathers the statements and outlets of every entry of the
 * date, so that K items cover K different dates.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelineQueryService {

    private final TimelineConfig config;
    private final SalienceScorer scorer;

    public TimelineQueryService(TimelineConfig config, SalienceScorer scorer) {
        this.config = config;
        this.scorer = scorer;
    }

    private record Scored(TimelineEntry entry, List<Mention> mentions, double salience) {
    }

    public TimelineView timeline(EventFilter filter, Integer limit) {
        int k = PageSizes.resolve("limit", limit, config.timeline());
        EntryQuery query = new EntryQuery(filter);
        // Salience grows with sources and reports, so the most reported entries are the ones worth scoring.
        List<TimelineEntry> candidates = TimelineEntry
                .<TimelineEntry>find("from TimelineEntry e where " + query.where
                        + " order by e.sourceCount desc, e.mentionCount desc, e.id", query.params)
                .range(0, config.salience().candidateLimit() - 1).list();
        if (candidates.isEmpty()) {
            return new TimelineView(List.of());
        }
        Map<Long, List<Mention>> mentions = EventQueryService.mentionsOf(candidates.stream().map(e -> e.id).toList());
        Map<String, List<Scored>> byDate = new LinkedHashMap<>();
        candidates.stream()
                .map(e -> {
                    List<Mention> reports = mentions.getOrDefault(e.id, List.of());
                    return new Scored(e, reports, scorer.score(e, reports, filter.entity()));
                })
                .sorted(Comparator.comparingDouble(Scored::salience).reversed()
                        .thenComparing(s -> s.entry().dateStart).thenComparing(s -> s.entry().id))
                .forEach(s -> byDate.computeIfAbsent(s.entry().dateValue, d -> new ArrayList<>()).add(s));
        List<List<Scored>> top = byDate.values().stream()
                .limit(k)
                .sorted(Comparator.comparing((List<Scored> date) -> date.get(0).entry().dateStart)
                        .thenComparing(date -> date.get(0).entry().id))
                .toList();
        return new TimelineView(top.stream().map(TimelineQueryService::item).toList());
    }

    /** The date's entries, most salient first. */
    private static TimelineItemView item(List<Scored> date) {
        Scored lead = date.get(0);
        TimelineEntry e = lead.entry();
        Set<String> statements = new LinkedHashSet<>();
        lead.mentions().forEach(m -> statements.add(m.text));
        date.stream().skip(1).forEach(s -> statements.add(s.entry().text));
        List<Mention> reports = date.stream().flatMap(s -> s.mentions().stream()).toList();
        long sources = reports.stream().map(m -> m.article.outletKey()).distinct().count();
        List<OutletView> outlets = reports.stream().map(m -> new OutletView(m.article.source, m.article.id,
                m.article.url, m.article.title, m.article.publishedAt)).distinct().toList();
        return new TimelineItemView(e.id, e.dateValue, e.granularity, new DateRangeView(e.dateStart, e.dateEnd), e.text,
                List.copyOf(statements), e.status, List.copyOf(e.actors), e.location, (int) sources, reports.size(),
                Math.round(lead.salience() * 1000) / 1000.0, outlets,
                date.stream().map(s -> s.entry().id).toList());
    }
}
