package news.timeline.timeline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a statement that tell events apart: lower-cased, stop words dropped, crudely stemmed so that
 * "meets", "meeting" and "meet" agree.
 */
public final class ContentWords {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    private static final Set<String> STOP_WORDS = loadStopWords();

    private ContentWords() {
    }

    /** Lower-case word tokens of a text, in order, possessive 's dropped. */
    public static List<String> tokens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String lower = POSSESSIVE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        return NON_WORD.splitAsStream(lower).filter(t -> !t.isEmpty()).toList();
    }

    /** Stemmed content words of {@code text} that are not words of {@code exclude} (e.g. the date's own words). */
    public static Set<String> of(String text, String exclude) {
        Set<String> excluded = tokens(exclude).stream().collect(Collectors.toSet());
        Set<String> words = new LinkedHashSet<>();
        for (String token : tokens(text)) {
            if (!STOP_WORDS.contains(token) && !excluded.contains(token) && !isNumber(token)) {
                words.add(stem(token));
            }
        }
        return words;
    }

    static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean isNumber(String token) {
        return token.chars().allMatch(Character::isDigit);
    }

    private static Set<String> loadStopWords() {
        try (InputStream in = ContentWords.class.getResourceAsStream("/merge/stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("merge/stopwords.txt missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
