package news.timeline.extract.event;

import java.util.List;

/**
 * The document creation time (DCT) used to resolve the article's relative dates.
 *
 * @param value       TIMEX3 value ({@code 2018-06-27}, or coarser such as {@code 2018-06} when only that is
 *                    certain), or null when unknown
 * @param source      given by the feed, inferred from the text, or unknown
 * @param granularity {@code day}, {@code month}, {@code year}, or null when unknown
 * @param confidence  0..1, how sure the value is (1 when given)
 * @param evidence    for an inferred date, the expressions that support it, in words a reader can check
 */
public record PublicationDate(String value, DctSource source, String granularity, double confidence,
        List<String> evidence) {
}
