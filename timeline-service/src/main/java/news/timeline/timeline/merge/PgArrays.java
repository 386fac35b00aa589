package news.timeline.timeline.merge;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** PostgreSQL array literals ({@code {"a","b"}}), bound as one text parameter and cast in SQL. */
final class PgArrays {

    private PgArrays() {
    }

    static String text(String[] values) {
        return Arrays.stream(values)
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    static String numbers(Collection<? extends Number> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
