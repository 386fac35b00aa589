package news.timeline.ingest.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a publication date, so that what is accepted is what extract-service reads: a date ({@code 2018-07-16}), a
 * local date-time, or a date-time with an offset or {@code Z}, the three forms its {@code ArticleReader} parses.
 * <p>
 * A leap second ({@code 2016-12-31T23:59:60Z}) is valid ISO-8601 but java.time has no second 60, so it becomes the
 * second before ({@code 23:59:59}), which is the same calendar day. The date must lie between {@link #EARLIEST} and
 * one day after today (UTC; the day covers time zones ahead of UTC): a date outside is a feed error, not a news
 * article, and resolving "next year" against year 9999 would put the article's events in year 10000.
 */
final class PublishedAt {

    static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    /** timeline-service's {@code article.published_at} is {@code varchar(64)}. */
    static final int MAX_LENGTH = 64;

    private static final Pattern LEAP_SECOND = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}):60(?=$|[.,Z+-])");
    private static final List<Function<String, LocalDate>> FORMS = List.of(LocalDate::parse,
            value -> OffsetDateTime.parse(value).toLocalDate(), value -> LocalDateTime.parse(value).toLocalDate());

    private PublishedAt() {
    }

    /** @return the value to send on (stripped, a leap second made the second before), or null when none is given */
    static String validate(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw ArticleRejectedException.invalid("publishedAt is " + trimmed.length() + " characters long; an "
                    + "ISO-8601 date-time is at most " + MAX_LENGTH);
        }
        String normalized = LEAP_SECOND.matcher(trimmed).replaceFirst("$1:59");
        LocalDate day = day(normalized);
        if (day == null) {
            throw ArticleRejectedException.invalid("publishedAt '" + value
                    + "' is not an ISO-8601 date or date-time (e.g. 2018-07-16 or 2018-07-16T09:30:00Z)");
        }
        LocalDate latest = LocalDate.now(clock).plusDays(1);
        if (day.isBefore(EARLIEST) || day.isAfter(latest)) {
            throw ArticleRejectedException.invalid("publishedAt '" + trimmed + "' is outside " + EARLIEST + " to "
                    + latest + " (one day after today, UTC): a publication date cannot be there");
        }
        return normalized;
    }

    private static LocalDate day(String value) {
        for (Function<String, LocalDate> form : FORMS) {
            try {
                return form.apply(value);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
