package news.timeline.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Reads the cue lists under {@code /event/} on the class path: one entry a line, {@code #} starts a comment. */
public final class WordLists {

    private WordLists() {
    }

    public static List<String> lines(String name) {
        String path = "/event/" + name;
        try (InputStream in = WordLists.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                        out.add(trimmed);
                    }
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries lowercased, for case-insensitive membership tests. */
    public static Set<String> lowercase(String name) {
        Set<String> out = new TreeSet<>();
        for (String line : lines(name)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** The entries as written, for case-sensitive membership tests. */
    public static Set<String> exact(String name) {
        return Set.copyOf(lines(name));
    }
}
