package news.timeline.timeline.query;

import news.timeline.timeline.view.EventView;

import news.timeline.timeline.view.EventPage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import news.timeline.timeline.config.TimelineConfig;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.entity.TimelineEntry;

/**
 * Reads timeline entries with their reports, in date order, a page at a time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventQueryService {

    private final TimelineConfig config;

    public EventQueryService(TimelineConfig config) {
        this.config = config;
    }

    /**
     * Entries matching the filter after the cursor position, sorted by first day then id.
     *
     * @param cursor a {@link EventPage#next()} of an earlier page, or null for the first page
     * @param size   page size, null for the default
     */
    public EventPage list(EventFilter filter, String cursor, Integer size) {
        int pageSize = PageSizes.resolve("size", size, config.events());
        EntryQuery query = new EntryQuery(filter);
        if (cursor != null && !cursor.isBlank()) {
            EventCursor after = EventCursor.decode(cursor.trim());
            query.and("(e.dateStart > :cursorDate or (e.dateStart = :cursorDate and e.id > :cursorId))", "cursorDate",
                    after.dateStart());
            query.params.put("cursorId", after.id());
        }
        List<TimelineEntry> entries = TimelineEntry
                .<TimelineEntry>find("from TimelineEntry e where " + query.where + " order by e.dateStart, e.id",
                        query.params)
                .range(0, pageSize).list();
        boolean more = entries.size() > pageSize;
        List<TimelineEntry> page = more ? entries.subList(0, pageSize) : entries;
        String next = null;
        if (more) {
            TimelineEntry last = page.get(page.size() - 1);
            next = new EventCursor(last.dateStart, last.id).encode();
        }
        return new EventPage(views(page), next);
    }

    public Optional<EventView> find(long id) {
        return TimelineEntry.<TimelineEntry>findByIdOptional(id).map(e -> views(List.of(e)).get(0));
    }

    private static List<EventView> views(List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Mention>> mentions = mentionsOf(entries.stream().map(e -> e.id).toList());
        return entries.stream().map(e -> EventView.of(e, mentions.getOrDefault(e.id, List.of()))).toList();
    }

    /** The reports of the given entries with their articles, by entry id, oldest report first. */
    static Map<Long, List<Mention>> mentionsOf(List<Long> entryIds) {
        return Mention
                .<Mention>list("from Mention m join fetch m.article where m.entry.id in ?1 order by m.id", entryIds)
                .stream().collect(Collectors.groupingBy(m -> m.entry.id));
    }
}
