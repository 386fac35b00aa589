package news.timeline.extract.event;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.extract.text.GuardedPattern;
import news.timeline.extract.text.WordLists;

/**
 * The phrases that bound a publication date by themselves, whatever the tense around them: a year said to be this,
 * next or last year ("next year's 2021 Olympics" was written in 2020; "this year's budget" with "the 2010 budget"
 * elsewhere, in 2010), and countdowns to an event the text places in a month ("less than three months remaining
 * until the presidential election", the election being "in November": between three and two months before it).
 * The cue words are data: {@code dct-countdown.tsv}, {@code dct-event-kinds.txt}.
 */
final class DctBoundFinder {

    private static final Pattern YEARS_OWN_YEAR = GuardedPattern.compile(
            "(?i)\\b(this|next|last|the previous|the following)\\s+year['’]s\\s+(?:\\p{L}+\\s+)?(\\d{4})\\b");
    private static final Pattern THIS_YEARS_NOUN = GuardedPattern.compile("(?i)\\bthis\\s+year['’]s\\s+(\\p{L}+)");
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december";
    private static final Set<String> NOT_NOUNS = Set.of("in", "on", "of", "and", "or", "at", "for", "to", "with",
            "that", "which", "is", "was", "will", "this", "next");

    /** A year the text names as current or ahead, with the words after it ("2020 race"). */
    record AheadYear(int year, String words) {
    }

    /** Bounds from a year's own phrase, and where those years are written, so that they are not read twice. */
    record OwnYears(List<DctConstraints.Bound> bounds, List<int[]> yearSpans) {

        boolean covers(int offset) {
            return yearSpans.stream().anyMatch(span -> span[0] <= offset && offset < span[1]);
        }
    }

    /** How the time left relates to the number said: below it, above it, or around it. */
    private enum Side {
        BELOW, ABOVE, AROUND
    }

    private final Map<String, Side> quantifiers = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> leftWords = new ArrayList<>();
    private final Map<String, Integer> kindOf = new HashMap<>();
    private final Pattern countdown;

    DctBoundFinder() {
        for (String line : WordLists.lines("dct-countdown.tsv")) {
            String[] parts = line.split("\t");
            switch (parts[0]) {
                case "quantifier" -> quantifiers.put(parts[1], Side.valueOf(parts[2].toUpperCase(Locale.ROOT)));
                case "number" -> numbers.put(parts[1], Integer.parseInt(parts[2]));
                case "left" -> leftWords.add(parts[1]);
                default -> throw new IllegalStateException("dct-countdown.tsv: unknown entry " + line);
            }
        }
        List<String> kinds = WordLists.lines("dct-event-kinds.txt");
        for (int i = 0; i < kinds.size(); i++) {
            for (String word : kinds.get(i).split("\\s+")) {
                kindOf.put(word, i);
            }
        }
        countdown = GuardedPattern.compile("(?i)\\b(?:(" + alternatives(quantifiers.keySet()) + ")\\s+)?(\\d{1,2}|"
                + alternatives(numbers.keySet()) + ")\\s+(day|week|month)s?\\s+(?:" + alternatives(leftWords)
                + ")\\s+(?:until|till|before|to)\\s+(?:the\\s+)?((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)");
    }

    private static String alternatives(Iterable<String> phrases) {
        List<String> sorted = new ArrayList<>();
        phrases.forEach(phrase -> sorted.add(Pattern.quote(phrase)));
        sorted.sort((a, b) -> b.length() - a.length());
        return String.join("|", sorted);
    }

    OwnYears ownYears(String text) {
        List<DctConstraints.Bound> bounds = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher m = YEARS_OWN_YEAR.matcher(text);
        while (m.find()) {
            String which = m.group(1).toLowerCase(Locale.ROOT);
            int offset = which.endsWith("next") || which.endsWith("following") ? 1 : which.equals("this") ? 0 : -1;
            int year = Integer.parseInt(m.group(2)) - offset;
            bounds.add(wholeYear(year, m.group(), "says which year it was written in"));
            spans.add(new int[] {m.start(2), m.end(2)});
        }
        m = THIS_YEARS_NOUN.matcher(text);
        while (m.find()) {
            Set<Integer> named = new TreeSet<>();
            Matcher y = Pattern.compile("(?i)\\b(\\d{4})\\s+" + Pattern.quote(m.group(1)) + "\\b").matcher(text);
            while (y.find()) {
                named.add(Integer.parseInt(y.group(1)));
            }
            if (named.size() == 1) {
                int year = named.iterator().next();
                bounds.add(wholeYear(year, m.group(), "is the text’s " + year + " " + m.group(1)));
            }
        }
        return new OwnYears(List.copyOf(bounds), List.copyOf(spans));
    }

    private static DctConstraints.Bound wholeYear(int year, String words, String reading) {
        return new DctConstraints.Bound(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), words, reading);
    }

    /**
     * Countdowns to an event that the text places in a month. Tied to the year of the one event of the same kind
     * named as current or ahead, a countdown bounds the date from both sides; without that year it only says which
     * part of any year fits.
     */
    List<DctConstraint> countdowns(String text, List<AheadYear> aheadYears) {
        List<DctConstraint> out = new ArrayList<>();
        Matcher m = countdown.matcher(text);
        while (m.find()) {
            String head = head(m.group(4));
            Integer kind = kindOf.get(head);
            EventMonth month = kind == null ? null : eventMonth(text, kind);
            if (month == null) {
                continue;
            }
            int n = m.group(2).chars().allMatch(Character::isDigit) ? Integer.parseInt(m.group(2))
                    : numbers.get(m.group(2).toLowerCase(Locale.ROOT));
            Side side = m.group(1) == null ? Side.AROUND : quantifiers.get(m.group(1).toLowerCase(Locale.ROOT));
            int least = side == Side.ABOVE ? n : n - 1;
            int most = side == Side.BELOW ? n : n + 1;
            ChronoUnit unit = ChronoUnit.valueOf(m.group(3).toUpperCase(Locale.ROOT) + "S");
            Set<Integer> years = new TreeSet<>();
            String tiedTo = null;
            for (AheadYear ahead : aheadYears) {
                for (String word : ahead.words().toLowerCase(Locale.ROOT).split("\\W+")) {
                    if (kind.equals(kindOf.get(word))) {
                        years.add(ahead.year());
                        tiedTo = ahead.words();
                    }
                }
            }
            String words = text.substring(m.start(), m.start(4)
                    + m.group(4).toLowerCase(Locale.ROOT).indexOf(head) + head.length());
            if (years.size() == 1) {
                int year = years.iterator().next();
                String reading = "counts down to “" + month.words() + "”, taken as “" + tiedTo + "”, the one " + head
                        + " the text names as current or ahead";
                out.add(new DctConstraints.Bound(month.first(year).minus(most, unit),
                        month.last(year).minus(least, unit), words, reading));
            } else {
                out.add(new DctConstraints.Countdown(month, least, most, unit, words));
            }
        }
        return out;
    }

    /** The noun a countdown counts down to: the last word of its phrase before a preposition or a verb. */
    private static String head(String phrase) {
        String head = null;
        for (String word : phrase.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (NOT_NOUNS.contains(word)) {
                break;
            }
            head = word;
        }
        return head;
    }

    /** "the presidential election in November", "the November 3 vote": a month given to an event of the kind. */
    private EventMonth eventMonth(String text, int kind) {
        String nouns = alternatives(kindOf.entrySet().stream().filter(e -> e.getValue() == kind)
                .map(Map.Entry::getKey).toList());
        Pattern after = Pattern.compile("(?i)\\b(?:" + nouns + ")\\s+(?:in|on|of|this|next|set for|scheduled for)\\s+("
                + MONTHS + ")(?:\\s+(\\d{1,2})\\b)?");
        Pattern before = Pattern.compile("(?i)\\b(" + MONTHS + ")(?:\\s+(\\d{1,2}))?(?:['’]s)?\\s+"
                + "(?:[\\p{L}-]+\\s+)?(?:" + nouns + ")\\b");
        for (Pattern pattern : List.of(after, before)) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                Integer day = m.group(2) == null ? null : Integer.parseInt(m.group(2));
                return new EventMonth(month, day, m.group());
            }
        }
        return null;
    }

    /** When an event of the text takes place: a month, or a day of it. */
    record EventMonth(Month month, Integer day, String words) {

        LocalDate first(int year) {
            return LocalDate.of(year, month, day == null ? 1 : day);
        }

        LocalDate last(int year) {
            LocalDate first = LocalDate.of(year, month, 1);
            return day == null ? first.withDayOfMonth(first.lengthOfMonth()) : first.withDayOfMonth(day);
        }
    }
}
