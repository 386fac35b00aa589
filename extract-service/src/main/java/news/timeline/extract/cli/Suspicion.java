package news.timeline.extract.cli;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.extract.temporal.Timex;
import news.timeline.extract.temporal.TimexType;

/**
 * Why an expression found in real news, where no gold exists, looks wrong: told by its value against the
 * publication date and by the characters and words around it. A suspicion is no verdict; the audit lists each with
 * its sentence for a reader to judge, and its counts show whether a fix removed what it aimed at.
 */
enum Suspicion {
    /** "first" of "twenty-first", "2" of "2-1", "9/11", "24/7", "1,000", a phone number. */
    PART_OF_WORD("part of a larger word or number"),
    /** "2000 people", "in 1500 cases": a number before a plural noun, read as a year. */
    QUANTITY("a year that is a quantity"),
    /** "May" as a modal, "March" as a noun: a bare month with no preposition or day. */
    MONTH_WORD("a month name that may be no month"),
    /** "The Sunday Times", "Theresa May": a weekday or month in a name. */
    NAME("a weekday or month in a name"),
    /**
     * A year, decade or century more than 30 years from the publication date, or before Christ, that the text does
     * not write in figures ("the 1960s", "the 19th century" are what they say).
     */
    FAR("far from the publication date");

    private static final int FAR_YEARS = 30;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d{4}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern VALUE_YEAR = Pattern.compile("^(BC)?(\\d{2,4})");
    private static final Set<String> MONTH_WORDS = Set.of("may", "march", "august");
    private static final Set<String> CALENDAR_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    /** Words before a month that make it one: a preposition of time or a modifier of a date. */
    private static final Set<String> MONTH_LEADS = Set.of("in", "of", "since", "until", "till", "by", "from", "to",
            "during", "before", "after", "early", "late", "mid", "on", "through", "last", "next", "this", "between",
            "and", "or", "throughout", "around", "that", "for", "each", "every", "-");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "this", "that", "his", "her",
            "their", "our", "'s", "s");
    private static final Set<String> NOT_PLURAL_NOUNS = Set.of("was", "is", "has", "as", "this", "its", "his",
            "does", "us", "thus", "plus", "versus");

    final String description;

    Suspicion(String description) {
        this.description = description;
    }

    /** The first suspicion that applies to the expression, or null. */
    static Suspicion of(Timex timex, String text, LocalDate dct) {
        if (glued(text, timex.start() - 1, -1) || glued(text, timex.end(), 1)) {
            return PART_OF_WORD;
        }
        if (timex.type() != TimexType.DATE && timex.type() != TimexType.TIME) {
            return null;
        }
        String previous = wordBefore(text, timex.start()).toLowerCase();
        String next = wordAfter(text, timex.end());
        if (NUMBER.matcher(timex.text()).matches() && !DETERMINERS.contains(previous)
                && next.length() > 2 && next.endsWith("s") && Character.isLowerCase(next.charAt(0))
                && !NOT_PLURAL_NOUNS.contains(next)) {
            return QUANTITY;
        }
        String lower = timex.text().toLowerCase();
        if (MONTH_WORDS.contains(lower) && !MONTH_LEADS.contains(previous)
                && !(!next.isEmpty() && Character.isDigit(next.charAt(0)))) {
            return MONTH_WORD;
        }
        if (CALENDAR_NAMES.contains(lower) && inName(previous, next)) {
            return NAME;
        }
        return far(timex.value(), dct) && !written(timex) ? FAR : null;
    }

    /** A letter or digit right beside the expression, or one behind a hyphen, slash, comma, period or colon. */
    private static boolean glued(String text, int at, int step) {
        if (at < 0 || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int beyond = at + step;
        return "-/,.:".indexOf(c) >= 0 && beyond >= 0 && beyond < text.length()
                && Character.isLetterOrDigit(text.charAt(beyond));
    }

    /** "The Sunday Times": a capitalized word after it, and no word of time before. */
    private static boolean inName(String previous, String next) {
        return !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && !CALENDAR_NAMES.contains(next.toLowerCase())
                && !MONTH_LEADS.contains(previous);
    }

    private static boolean far(String value, LocalDate dct) {
        Matcher year = VALUE_YEAR.matcher(value);
        if (dct == null || !year.find()) {
            return false;
        }
        if (year.group(1) != null) {
            return true;
        }
        String digits = year.group(2);
        int middle = switch (digits.length()) {
            case 2 -> Integer.parseInt(digits) * 100 + 50;
            case 3 -> Integer.parseInt(digits) * 10 + 5;
            default -> Integer.parseInt(digits);
        };
        return Math.abs(middle - dct.getYear()) > FAR_YEARS;
    }

    /** The expression writes its year in figures ("1918"), or its decade or century ("the 1960s", "19th"). */
    private static boolean written(Timex timex) {
        String value = timex.value();
        return value.length() >= 4 && Character.isDigit(value.charAt(3)) ? timex.text().contains(value.substring(0, 4))
                : timex.text().chars().anyMatch(Character::isDigit);
    }

    private static String wordBefore(String text, int at) {
        String window = text.substring(Math.max(0, at - 40), at).strip();
        return window.isEmpty() ? "" : window.substring(window.lastIndexOf(' ') + 1);
    }

    private static String wordAfter(String text, int at) {
        String window = text.substring(at, Math.min(text.length(), at + 40)).strip();
        return window.isEmpty() ? "" : WHITESPACE.split(window, 2)[0];
    }
}
