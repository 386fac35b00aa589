package news.timeline.timeline.merge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import news.timeline.timeline.text.PgArrays;

/**
 * What a merge batch changes in the per-day reference counts (table {@code day_reference}, see V9): each stored
 * article adds one reference to every day its events name to the day and one publication to its publication day; an
 * article stored again with other content first takes back what its earlier version added. The batch's changes are
 * written by one upsert, in day order so that concurrent batches lock shared days in the same order.
 */
final class DayReferences {

    /** Beyond a year, a look back says no more about the day than a year's does. */
    static final int MAX_DISTANCE_DAYS = 365;

    private static final class Change {
        int referring;
        double distance;
        int published;
    }

    private final Map<LocalDate, Change> changes = new TreeMap<>();

    /** Counts an article published on {@code published} (null when unknown) that names {@code days}. */
    void add(LocalDate published, Collection<LocalDate> days) {
        count(published, days, 1);
    }

    /** Takes back what {@link #add} counted for an earlier version of an article. */
    void remove(LocalDate published, Collection<LocalDate> days) {
        count(published, days, -1);
    }

    private void count(LocalDate published, Collection<LocalDate> days, int sign) {
        if (published != null) {
            change(published).published += sign;
        }
        for (LocalDate day : new TreeSet<>(days)) {
            Change change = change(day);
            change.referring += sign;
            if (published != null && published.isAfter(day)) {
                change.distance += sign * distanceWeight(ChronoUnit.DAYS.between(day, published));
            }
        }
    }

    /** How much more a look back {@code days} later says about the day than a report on the day itself. */
    static double distanceWeight(long days) {
        return Math.log1p(Math.min(days, MAX_DISTANCE_DAYS));
    }

    private Change change(LocalDate day) {
        return changes.computeIfAbsent(day, d -> new Change());
    }

    /** The day an article was published: its publication date, else its document creation time, when a day. */
    static LocalDate publicationDay(String publishedAt, String dct) {
        for (String value : new String[] { publishedAt, dct }) {
            if (value != null && value.length() >= 10) {
                try {
                    return LocalDate.parse(value.substring(0, 10));
                } catch (DateTimeParseException e) {
                    // not a day: try the next source
                }
            }
        }
        return null;
    }

    void write(EntityManager em) {
        if (changes.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into day_reference as d (day, referring_articles, later_distance,"
                + " published_articles) select cast(t.day as date), t.r, t.dist, t.p from"
                + " unnest(cast(?1 as text[]), cast(?2 as int[]), cast(?3 as float8[]), cast(?4 as int[]))"
                + " as t(day, r, dist, p) order by 1"
                + " on conflict (day) do update set referring_articles = d.referring_articles + excluded.referring_articles,"
                + " later_distance = d.later_distance + excluded.later_distance,"
                + " published_articles = d.published_articles + excluded.published_articles")
                .setParameter(1, PgArrays.text(changes.keySet().stream().map(PgArrays::date).toArray(String[]::new)))
                .setParameter(2, PgArrays.numbers(changes.values().stream().map(c -> c.referring).toList()))
                .setParameter(3, PgArrays.numbers(changes.values().stream().map(c -> c.distance).toList()))
                .setParameter(4, PgArrays.numbers(changes.values().stream().map(c -> c.published).toList()))
                .executeUpdate();
        changes.clear();
    }
}
