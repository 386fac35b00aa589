package news.timeline.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.timeline.extract.text.Word;
import news.timeline.extract.text.Verbs;
import news.timeline.extract.text.WordLists;

/**
 * Recognizes the page furniture a scraper leaves in an article: banners, share buttons, comment forms, paywall
 * counters, follow-me lines, photo credits. It goes by form, never by content: short lines without a verb, lines
 * that open with a call to action, counters, words about the page addressed to the reader, lines that repeat.
 */
final class BoilerplateFilter {

    private static final int SHORT_LINE_WORDS = 6;
    private static final int UI_LINE_WORDS = 8;
    private static final int READER_SENTENCE_WORDS = 30;
    private static final double MIN_TITLE_OVERLAP = 0.34;
    private static final String QUOTES = "\"“”";
    private static final Set<String> REMAINING = Set.of("remaining", "left");

    private final PhraseMatcher calls = PhraseMatcher.of("boilerplate-calls.txt");
    private final PhraseMatcher uiTerms = PhraseMatcher.of("boilerplate-ui-terms.txt");
    private final PhraseMatcher readerWords = PhraseMatcher.of("boilerplate-reader-words.txt");
    private final PhraseMatcher bannerLeads = PhraseMatcher.of("banner-leads.txt");
    private final Set<String> countNouns = WordLists.lowercase("boilerplate-count-nouns.txt");
    private final Set<String> openers = WordLists.exact("sentence-openers.txt");
    private final Set<String> stopWords;

    BoilerplateFilter() {
        Set<String> stop = new HashSet<>(WordLists.lowercase("sentence-openers.txt"));
        stop.addAll(Set.of("of", "for", "with", "from", "to", "in", "on", "at", "by", "about", "over", "after"));
        stopWords = Set.copyOf(stop);
    }

    /**
     * The title with its site suffix removed, or null when it is page furniture: a banner or slogan, a call to
     * action, or a line whose words the body does not talk about.
     */
    String cleanTitle(String title, String body) {
        if (title == null) {
            return null;
        }
        String cleaned = stripSiteSuffix(title.replace('\u00a0', ' ').strip());
        if (cleaned.isEmpty() || bannerLeads.prefixLength(cleaned) > 0 || isFurniture(cleaned)) {
            return null;
        }
        return sharesWordsWith(cleaned, body) ? cleaned : null;
    }

    /** The sentences that are news, with any call to action cut from their start. */
    List<Sentence> keepNews(String text, List<Sentence> sentences, String title) {
        Set<Integer> furnitureLines = furnitureLines(text, title);
        int[] lineStarts = lineStarts(text);
        List<Sentence> out = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (furnitureLines.contains(lineOf(lineStarts, sentence.start()))) {
                continue;
            }
            Sentence trimmed = withoutLeadingCall(text, sentence);
            if (trimmed != null && !isFurniture(trimmed.text())) {
                out.add(trimmed);
            }
        }
        return out;
    }

    /** Whether a line or sentence is page furniture by itself: a counter, a bare call to action, page talk. */
    boolean isFurniture(String sentence) {
        List<Word> words = Word.of(sentence);
        if (words.isEmpty()) {
            return true;
        }
        if (isCounter(words)) {
            return true;
        }
        String stripped = sentence.strip();
        int call = calls.prefixLength(stripped);
        if (call > 0 && callExtent(stripped, call) == stripped.length()) {
            return true;
        }
        boolean quoted = holdsQuote(sentence);
        if (!quoted && uiTerms.foundIn(sentence)) {
            return words.size() <= UI_LINE_WORDS
                    || (words.size() <= READER_SENTENCE_WORDS && readerWords.foundIn(sentence));
        }
        return false;
    }

    private static boolean holdsQuote(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (QUOTES.indexOf(sentence.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private Set<Integer> furnitureLines(String text, String title) {
        String[] lines = text.split("\n", -1);
        String[] normalizedLines = new String[lines.length];
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            normalizedLines[i] = normalize(lines[i]);
            counts.merge(normalizedLines[i], 1, Integer::sum);
        }
        String normalizedTitle = title == null ? "" : normalize(title);
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String normalized = normalizedLines[i];
            if (normalized.isEmpty()) {
                continue;
            }
            boolean repeated = counts.get(normalized) > 1;
            boolean quotesTitle = normalizedTitle.length() > 20 && normalized.contains(normalizedTitle)
                    && !normalized.equals(normalizedTitle);
            boolean unended = !line.strip().endsWith(".");
            if (!repeated && !quotesTitle && !unended) {
                continue; // most lines: a paragraph that ends as a sentence, no need to split it into words
            }
            List<Word> words = Word.of(line);
            repeated = repeated && words.size() <= 12;
            boolean shortVerbless = unended && words.size() <= SHORT_LINE_WORDS && !Verbs.anyFinite(words);
            if (repeated || quotesTitle || shortVerbless) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * A sentence opening with a call to action ("Subscribe to The Times The prospect ...") loses the call when the
     * call's own words hold no verb; null when nothing is left.
     */
    private Sentence withoutLeadingCall(String text, Sentence sentence) {
        int call = calls.prefixLength(sentence.text());
        if (call <= 0) {
            return sentence;
        }
        int extent = callExtent(sentence.text(), call);
        if (extent < 0) {
            return sentence;
        }
        int start = sentence.start() + extent;
        while (start < sentence.end() && !Character.isLetterOrDigit(text.charAt(start))
                && "“\"‘'(".indexOf(text.charAt(start)) < 0) {
            start++;
        }
        return start >= sentence.end() ? null : new Sentence(start, sentence.end(), text.substring(start,
                sentence.end()));
    }

    /**
     * Where a call to action ends: after its object ("to The Times", "on Facebook and Twitter"), at the first usual
     * sentence opener that follows a name, or at the sentence's end. -1 when the words before that point hold a
     * verb, which makes the opening word an ordinary noun or verb of a news sentence.
     */
    private int callExtent(String sentence, int callEnd) {
        List<Word> words = Word.of(sentence, callEnd, sentence.length());
        boolean objectSeen = false;
        List<Word> object = new ArrayList<>();
        for (Word word : words) {
            if (objectSeen && openers.contains(word.text())) {
                return Verbs.anyFinite(object) ? -1 : word.start();
            }
            if (word.capitalized() && !openers.contains(word.text())) {
                objectSeen = true;
            }
            object.add(word);
        }
        return Verbs.anyFinite(object) ? -1 : sentence.length();
    }

    private boolean isCounter(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!Character.isDigit(words.get(i).text().charAt(0))) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(i + 2, words.size() - 1); j++) {
                if (countNouns.contains(words.get(j).lower())) {
                    boolean remaining = j + 1 < words.size() && REMAINING.contains(words.get(j + 1).lower());
                    return remaining || words.size() <= 4;
                }
            }
        }
        return false;
    }

    private boolean sharesWordsWith(String title, String body) {
        Set<String> bodyWords = new HashSet<>();
        for (Word word : Word.of(body)) {
            bodyWords.add(stem(word.lower()));
        }
        int content = 0;
        int shared = 0;
        for (Word word : Word.of(title)) {
            String lower = word.lower();
            if (lower.length() < 3 || stopWords.contains(lower)) {
                continue;
            }
            content++;
            if (bodyWords.contains(stem(lower))) {
                shared++;
            }
        }
        return content < 3 || body.isBlank() || (double) shared / content >= MIN_TITLE_OVERLAP;
    }

    /** A crude stem, enough to match a headline's "Ends" with the body's "ended". */
    private static String stem(String word) {
        String w = word.endsWith("’s") || word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** Drops a trailing " | Site" or " - Site" part that a page title carries after the headline. */
    private static String stripSiteSuffix(String title) {
        for (String separator : new String[] {" | ", " – ", " - ", " — "}) {
            int at = title.lastIndexOf(separator);
            if (at <= 0) {
                continue;
            }
            String suffix = title.substring(at + separator.length());
            if (suffix.length() < at && Word.of(suffix).size() <= 5) {
                return title.substring(0, at).strip();
            }
        }
        return title;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int found = java.util.Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    private static String normalize(String line) {
        String lowered = line.replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT);
        return collapseSpaces(lowered);
    }

    /**
     * Each run of whitespace (regex \\s: space, tab, line breaks, form feed) as one space, by hand: the regex
     * replaced every single space between words with a new one, and every line of every article is normalized.
     */
    static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }
}
