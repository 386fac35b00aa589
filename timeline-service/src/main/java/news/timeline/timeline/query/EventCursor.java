package news.timeline.timeline.query;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Position after the last entry of a page in (first day, id) order; opaque to clients.
 */
public record EventCursor(LocalDate dateStart, long id) {

    private static final String VERSION = "e1";
    /** Entries are dated by four-digit TIMEX3 years; a cursor beyond them was not issued here. */
    private static final int MIN_YEAR = 0;
    private static final int MAX_YEAR = 9999;

    public String encode() {
        String raw = VERSION + ":" + dateStart + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static EventCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unknown cursor format");
            }
            LocalDate date = LocalDate.parse(parts[1]);
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw new IllegalArgumentException("date out of range");
            }
            return new EventCursor(date, Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidParameterException("cursor", "is not a cursor this service issued");
        }
    }
}
