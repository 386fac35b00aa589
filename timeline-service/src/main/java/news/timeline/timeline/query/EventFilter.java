package news.timeline.timeline.query;

import news.timeline.timeline.text.TimexDate;

import news.timeline.timeline.text.ContentWords;

import java.util.List;
import java.util.Locale;

/**
 * Which entries a listing or timeline covers; every part is optional.
 *
 * @param from    entries whose date ends on or after this date's first day
 * @param to      entries whose date begins on or before this date's last day
 * @param words   words that must all begin a word of the statement or sentence of some report
 * @param entity  an actor or place, lower case
 * @param article an article that reports the entry
 */
public record EventFilter(TimexDate from, TimexDate to, List<String> words, String entity, String article) {

    /** Parses request parameters; blank ones are absent. */
    public static EventFilter of(String from, String to, String q, String entity, String article) {
        TimexDate fromDate = date("from", from);
        TimexDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.start().isAfter(toDate.end())) {
            throw new InvalidParameterException("from", "must not be after 'to'");
        }
        return new EventFilter(fromDate, toDate, ContentWords.tokens(q).stream().distinct().toList(),
                blank(entity) ? null : entity.trim().toLowerCase(Locale.ROOT), blank(article) ? null : article.trim());
    }

    private static TimexDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        return TimexDate.parse(value).orElseThrow(() -> new InvalidParameterException(name,
                "must be an ISO date or TIMEX3 date such as 2018-07-16, 2018-W29, 2018-07 or 2018, not '" + value
                        + "'"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
