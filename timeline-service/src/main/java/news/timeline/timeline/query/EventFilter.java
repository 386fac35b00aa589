package news.timeline.timeline.query;

import news.timeline.contract.timex.TimexValue;

import news.timeline.timeline.text.ContentWords;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import news.timeline.contract.EventStatus;

/**
 * Which entries a listing or timeline covers; every part is optional.
 *
 * @param from    entries whose date ends on or after this date's first day
 * @param to      entries whose date begins on or before this date's last day
 * @param words   words that must all begin a word of the statement or sentence of some report
 * @param entity  an actor or place, lower case
 * @param article an article that reports the entry
 * @param statuses entries of one of these statuses; empty for all
 */
public record EventFilter(TimexValue from, TimexValue to, List<String> words, String entity, String article,
        List<EventStatus> statuses) {

    /** Parses request parameters; blank ones are absent. */
    public static EventFilter of(String from, String to, String q, String entity, String article) {
        return of(from, to, q, entity, article, null);
    }

    /** As {@link #of(String, String, String, String, String)}, with {@code status} a comma-separated list. */
    public static EventFilter of(String from, String to, String q, String entity, String article, String status) {
        TimexValue fromDate = date("from", from);
        TimexValue toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.start().isAfter(toDate.end())) {
            throw new InvalidParameterException("from", "must not be after 'to'");
        }
        return new EventFilter(fromDate, toDate, ContentWords.tokens(q).stream().distinct().toList(),
                blank(entity) ? null : entity.trim().toLowerCase(Locale.ROOT), blank(article) ? null : article.trim(),
                statuses(status));
    }

    private static List<EventStatus> statuses(String value) {
        if (blank(value)) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> EventStatus.fromLabel(s).orElseThrow(() -> new InvalidParameterException("status",
                        "must list occurred, planned, possible or negated, comma-separated, not '" + s + "'")))
                .distinct().sorted().toList();
    }

    private static TimexValue date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        return TimexValue.parse(value).orElseThrow(() -> new InvalidParameterException(name,
                "must be an ISO date or TIMEX3 date such as 2018-07-16, 2018-W29, 2018-07 or 2018, not '" + value
                        + "'"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
