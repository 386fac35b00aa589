package news.timeline.contract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The calendar day of an {@link ArticleMessage#publishedAt()}, as the feed wrote it: a date-time's own local date, not
 * converted to UTC. Read alike by extract-service (the date relative expressions resolve against) and by
 * {@code ./timeline reprocess --since}.
 */
public final class PublicationDay {

    private PublicationDay() {
    }

    /**
     * @return the day, or null when there is no publishedAt
     * @throws IllegalArgumentException when it is not an ISO-8601 date or date-time
     */
    public static LocalDate of(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(publishedAt);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(publishedAt).toLocalDate();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(publishedAt).toLocalDate();
                } catch (DateTimeParseException notLocal) {
                    throw new IllegalArgumentException("publishedAt '" + publishedAt + "' is not ISO-8601");
                }
            }
        }
    }
}
