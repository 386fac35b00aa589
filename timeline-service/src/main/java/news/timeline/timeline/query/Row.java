package news.timeline.timeline.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.timeline.timeline.text.PgArrays;

/**
 * One row of a native read query, read column by column. The read path selects the columns a view shows, as plain
 * values, rather than hydrating managed entities (and their JSON profiles) only to copy a few fields out of them.
 */
final class Row {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Object[] values;
    private int next;

    Row(Object[] values) {
        this.values = values;
    }

    long nextLong() {
        return ((Number) values[next++]).longValue();
    }

    int nextInt() {
        return ((Number) values[next++]).intValue();
    }

    double nextDouble() {
        return ((Number) values[next++]).doubleValue();
    }

    Double nextNullableDouble() {
        Object value = values[next++];
        return value == null ? null : ((Number) value).doubleValue();
    }

    String nextString() {
        Object value = values[next++];
        return value == null ? null : value.toString();
    }

    /** A date selected as text ({@code date::text}), so that years BC and beyond 9999 survive the driver. */
    LocalDate nextDate() {
        return PgArrays.readDate(nextString());
    }

    /** A {@code timestamp with time zone}, as whichever type the driver and Hibernate give it. */
    Instant nextInstant() {
        Object value = values[next++];
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    <E extends Enum<E>> E nextEnum(Class<E> type) {
        String value = nextString();
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** A JSON array of strings selected as text ({@code jsonb::text}). */
    List<String> nextStrings() {
        List<String> strings = nextJson(STRINGS);
        return strings == null ? List.of() : List.copyOf(strings);
    }

    /** A JSON value selected as text ({@code jsonb::text}); null for SQL null. */
    <T> T nextJson(TypeReference<T> type) {
        String value = nextString();
        if (value == null) {
            return null;
        }
        try {
            return JSON.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not have the shape the view reads", e);
        }
    }
}
