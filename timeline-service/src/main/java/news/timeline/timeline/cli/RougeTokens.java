package news.timeline.timeline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.tartarus.snowball.ext.PorterStemmer;

/**
 * A text as ROUGE-1.5.5 reads it with {@code -m -s} (how tilse runs it): lower case, a hyphen a token of its own,
 * every other character but letters and digits a space; SMART stop words dropped; tokens that do not start with a
 * letter or digit dropped; a token longer than three characters replaced by its WordNet 2.0 exception base form if it
 * has one, else by its Porter stem. The stop words and exceptions are ROUGE-1.5.5's own data files
 * ({@code smart_common_words.txt}, {@code WordNet-2.0-Exceptions/*.exc} in the order adj, adv, noun, verb, a later
 * file's entry replacing an earlier one as its {@code buildExeptionDB.pl} does).
 */
final class RougeTokens {

    private static final Pattern HYPHEN = Pattern.compile("-");
    private static final Pattern NOT_TOKEN = Pattern.compile("[^a-z0-9\\-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> STOP_WORDS = new HashSet<>();
    private static final Map<String, String> EXCEPTIONS = new HashMap<>();

    static {
        read("rouge/smart-common-words.txt", STOP_WORDS::add);
        read("rouge/wordnet-2.0-exceptions.txt", line -> {
            String[] pair = SPACES.split(line);
            EXCEPTIONS.put(pair[0], pair[1]);
        });
    }

    private RougeTokens() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String spaced = NOT_TOKEN.matcher(HYPHEN.matcher(lower).replaceAll(" - ")).replaceAll(" ").strip();
        if (spaced.isEmpty()) {
            return out;
        }
        PorterStemmer stemmer = new PorterStemmer();
        for (String token : SPACES.split(spaced)) {
            if (STOP_WORDS.contains(token) || !Character.isLetterOrDigit(token.charAt(0))) {
                continue;
            }
            out.add(token.length() > 3 ? stem(stemmer, token) : token);
        }
        return out;
    }

    private static String stem(PorterStemmer stemmer, String token) {
        String base = EXCEPTIONS.get(token);
        if (base != null) {
            return base;
        }
        stemmer.setCurrent(token);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static void read(String resource, Consumer<String> line) {
        try (InputStream in = RougeTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank()).forEach(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
