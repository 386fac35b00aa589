package news.timeline.timeline.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.entity.TimelineEntry;

/**
 * Builds a short timeline: the K most salient entries for a query, shown in date order.
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
        List<Scored> top = candidates.stream()
                .map(e -> {
                    List<Mention> reports = mentions.getOrDefault(e.id, List.of());
                    return new Scored(e, reports, scorer.score(e, reports, filter.entity()));
                })
                .sorted(Comparator.comparingDouble(Scored::salience).reversed()
                        .thenComparing(s -> s.entry().dateStart).thenComparing(s -> s.entry().id))
                .limit(k)
                .sorted(Comparator.comparing((Scored s) -> s.entry().dateStart).thenComparing(s -> s.entry().id))
                .toList();
        return new TimelineView(top.stream().map(TimelineQueryService::item).toList());
    }

    private static TimelineItemView item(Scored s) {
        TimelineEntry e = s.entry();
        return new TimelineItemView(e.id, e.dateValue, e.granularity, new DateRangeView(e.dateStart, e.dateEnd), e.text,
                s.mentions().stream().map(m -> m.text).distinct().toList(), e.status, List.copyOf(e.actors),
                e.location, e.sourceCount, e.mentionCount, Math.round(s.salience() * 1000) / 1000.0,
                s.mentions().stream().map(m -> new OutletView(m.article.source, m.article.id, m.article.url,
                        m.article.title, m.article.publishedAt)).toList());
    }
}
