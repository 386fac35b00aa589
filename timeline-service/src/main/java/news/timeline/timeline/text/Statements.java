package news.timeline.timeline.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A report's statement made fit to stand alone on a timeline: the leftovers of page layout that extraction keeps at
 * the start of a sentence (a photo credit, a dateline with its clock time, an opening quote mark) are cut off, and a
 * statement that leans on what came before it (opens with a pronoun or a connective, is a fragment or a question) is
 * told apart from a self-contained one.
 */
public final class Statements {

    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "^(?:Photograph|Photo|Picture|Image)\\s*:\\s*(?:\\S+\\s+){0,4}?\\S*\\\\?/\\s*\\S+\\s+");
    private static final Pattern DATELINE = Pattern.compile("^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+)?"
            + "\\d{1,2}\\s+[A-Z][a-z]+\\s+\\d{4}\\s+\\d{1,2}[.:]\\d{2}\\s+(?:[A-Z]{2,4}\\s+)?");
    private static final Pattern OPENING_QUOTE = Pattern.compile("^(?:''|``|\"|')\\s*");
    private static final Set<String> LEANING_OPENERS = Set.of("he", "she", "they", "it", "this", "that", "these",
            "those", "his", "her", "their", "its", "but", "and", "or", "so", "however", "also", "meanwhile", "then",
            "there", "here", "we", "i", "you", "yet", "still", "instead");
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 50;

    private Statements() {
    }

    public static String clean(String statement) {
        if (statement == null) {
            return "";
        }
        String s = statement.strip();
        String before;
        do {
            before = s;
            s = OPENING_QUOTE.matcher(DATELINE.matcher(PHOTO_CREDIT.matcher(s).replaceFirst(""))
                    .replaceFirst("")).replaceFirst("").strip();
        } while (!s.equals(before));
        return s;
    }

    /** A statement a reader understands without the sentences around it. */
    public static boolean selfContained(String cleaned) {
        List<String> words = ContentWords.tokens(cleaned);
        if (words.size() < MIN_WORDS || words.size() > MAX_WORDS || cleaned.endsWith("?") || cleaned.endsWith(":")) {
            return false;
        }
        return !LEANING_OPENERS.contains(words.get(0)) && Character.isUpperCase(cleaned.codePointAt(0));
    }
}
