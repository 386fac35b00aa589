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
            return new EventCursor(LocalDate.parse(parts[1]), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidParameterException("cursor", "is not a cursor this service issued");
        }
    }
}
