package news.timeline.ingest.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/** Checks that a publication date is ISO-8601: a date, a local date-time, or a date-time with offset or zone Z. */
final class PublishedAt {

    private static final List<Function<String, ?>> FORMS = List.of(LocalDate::parse, OffsetDateTime::parse,
            LocalDateTime::parse, Instant::parse);

    private PublishedAt() {
    }

    static String validate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        for (Function<String, ?> form : FORMS) {
            try {
                form.apply(trimmed);
                return trimmed;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw ArticleRejectedException.invalid("publishedAt '" + value
                + "' is not an ISO-8601 date or date-time (e.g. 2018-07-16 or 2018-07-16T09:30:00Z)");
    }
}
