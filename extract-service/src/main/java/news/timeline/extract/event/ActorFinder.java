package news.timeline.extract.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import news.timeline.extract.text.Word;
import news.timeline.extract.text.Verbs;
import news.timeline.extract.text.WordLists;

/**
 * Finds the people and organizations a statement names. A run of capitalized words is split at titles
 * ("Russian President Vladimir Putin" gives "Vladimir Putin"); it is an organization when it holds an
 * organization word (organization-cues.txt), is a one-word organization (organization-names.txt) or an acronym, a person when a title precedes it or it has two or
 * more name-shaped words; a lone word counts when it opens a clause as its subject ("Putin has rejected") or is
 * the short form of a name the article spells out. Places count only as subjects ("Russia has not provided").
 */
final class ActorFinder {

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "to", "from", "of", "on", "for", "with", "by",
            "into", "near", "across", "against");
    private static final Pattern PARTICLE = Pattern.compile("(?:al|el|bin|ibn)-\\p{Lu}.*");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "du", "van", "von", "der", "la",
            "bin", "ibn");
    private static final Pattern NAME_SHAPED = Pattern.compile("\\p{Lu}(?:\\.|[\\p{Ll}’'\\-\\p{Lu}]*\\p{Ll}[\\p{L}’'\\-]*)"
            + "|\\p{Lu}\\.\\p{Lu}\\.");

    private final Gazetteer gazetteer;
    private final PhraseMatcher titles = PhraseMatcher.of("person-titles.txt");
    private final Set<String> titleWords = WordLists.lowercase("person-titles.txt");
    private final Set<String> demonyms = WordLists.exact("demonyms.txt");
    private final Set<String> organizationCues = WordLists.exact("organization-cues.txt");
    private final Set<String> organizationCuesLower = WordLists.lowercase("organization-cues.txt");
    private final Set<String> organizationNames = WordLists.exact("organization-names.txt");
    private final Set<String> nonActorWords = WordLists.exact("non-actor-words.txt");
    private final Set<String> openers;

    ActorFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Set<String> words = new java.util.HashSet<>(WordLists.exact("sentence-openers.txt"));
        for (String discourse : WordLists.lines("discourse-openers.txt")) {
            words.add(Character.toUpperCase(discourse.charAt(0)) + discourse.substring(1));
        }
        openers = Set.copyOf(words);
    }

    /**
     * A name found in the text.
     *
     * @param text           the name without title
     * @param person         a person rather than an organization or a place
     * @param singleWord     one word, maybe short for a longer name of the article
     * @param needsLongForm  only an actor when the article spells out a longer name ending with it
     */
    record Name(String text, boolean person, boolean singleWord, boolean needsLongForm) {

        Name(String text, boolean person, boolean singleWord) {
            this(text, person, singleWord, false);
        }
    }

    /**
     * The names in text[from, to), leaving out words inside temporal expressions.
     *
     * @param inDate tells whether an offset lies inside a temporal expression
     */
    List<Name> find(String text, int from, int to, IntPredicate inDate) {
        return find(text, Word.of(text, from, to), inDate);
    }

    /** The names among these words of the text. */
    List<Name> find(String text, List<Word> words, IntPredicate inDate) {
        List<Name> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!startsName(words.get(i)) || inDate.test(words.get(i).start())) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < words.size() && continuesName(text, words, end) && !inDate.test(words.get(end).start())) {
                end++;
            }
            boolean titledBefore = i > 0 && !words.get(i - 1).capitalized()
                    && titleWords.contains(words.get(i - 1).lower()) && adjacent(text, words.get(i - 1), words.get(i));
            Word after = end < words.size() && adjacent(text, words.get(end - 1), words.get(end)) ? words.get(end)
                    : null;
            boolean afterPreposition = i > 0 && PREPOSITIONS.contains(words.get(i - 1).lower());
            boolean subject = !afterPreposition && isSubject(words, end, after);
            splitAtTitles(text, words.subList(i, end), titledBefore, after, subject, out);
            i = end;
        }
        return out;
    }

    /** Each name mapped to the longest form of it among the article's names, in order, without repeats. */
    static List<String> normalize(Collection<Name> names, KnownNames known) {
        Set<String> out = new LinkedHashSet<>();
        for (Name name : names) {
            String best = name.person() || name.singleWord() ? known.longestForm(name.text()) : name.text();
            if (!name.needsLongForm() || !best.equals(name.text())) {
                out.add(best);
            }
        }
        return List.copyOf(out);
    }

    private void splitAtTitles(String text, List<Word> run, boolean titledBefore, Word after, boolean subject,
            List<Name> out) {
        int start = 0;
        while (start < run.size() && openers.contains(run.get(start).text())) {
            start++;
        }
        boolean titled = titledBefore;
        List<Word> part = new ArrayList<>();
        int j = start;
        while (j < run.size()) {
            int titleLength = titleAt(text, run, j);
            if (titleLength > 0) {
                addPart(part, titled, null, false, out);
                part = new ArrayList<>();
                titled = true;
                j += titleLength;
                continue;
            }
            part.add(run.get(j));
            j++;
        }
        addPart(part, titled, after, subject, out);
    }

    private int titleAt(String text, List<Word> run, int j) {
        String rest = text.substring(run.get(j).start(), run.get(run.size() - 1).end());
        int length = titles.prefixLength(rest);
        if (length <= 0) {
            return 0;
        }
        int words = 0;
        for (int k = j; k < run.size() && run.get(k).start() < run.get(j).start() + length; k++) {
            words++;
        }
        return words;
    }

    private void addPart(List<Word> part, boolean titled, Word after, boolean subject, List<Name> out) {
        List<String> tokens = new ArrayList<>();
        for (Word word : part) {
            tokens.add(LocationFinder.stripPossessive(word.text()));
        }
        if (tokens.isEmpty() || demonyms.contains(String.join(" ", tokens))
                || tokens.stream().allMatch(t -> demonyms.contains(t) || gazetteer.contains(t))) {
            if (subject && tokens.size() == 1 && gazetteer.contains(tokens.get(0))) {
                out.add(new Name(gazetteer.usualName(tokens.get(0)), false, true));
            }
            return;
        }
        if (tokens.size() == 1 && tokens.get(0).contains("-") && !titled) {
            for (String piece : tokens.get(0).split("-")) {
                if (NAME_SHAPED.matcher(piece).matches()) {
                    out.add(new Name(piece, true, true, true));
                }
            }
            return;
        }
        String whole = String.join(" ", tokens);
        if (gazetteer.contains(whole)) {
            if (subject) {
                out.add(new Name(gazetteer.usualName(whole), false, tokens.size() == 1));
            }
            return;
        }
        boolean organization = tokens.size() == 1 ? organizationNames.contains(whole)
                : tokens.stream().anyMatch(organizationCues::contains) || tokens.stream().anyMatch(organizationNames::contains);
        if (tokens.size() == 1 && organizationCues.contains(whole)) {
            return;
        }
        if (!organization && after != null && !after.capitalized()
                && organizationCuesLower.contains(after.lower())) {
            out.add(new Name(whole + " " + after.text(), false, false));
            return;
        }
        if (organization) {
            if (tokens.stream().noneMatch(nonActorWords::contains)) {
                out.add(new Name(whole, false, false));
            }
            return;
        }
        while (!tokens.isEmpty() && (demonyms.contains(tokens.get(0)) || gazetteer.contains(tokens.get(0)))) {
            tokens.remove(0);
        }
        if (tokens.isEmpty()) {
            return;
        }
        whole = String.join(" ", tokens);
        if (titled) {
            out.add(new Name(whole, true, tokens.size() == 1));
        } else if (tokens.stream().anyMatch(nonActorWords::contains)) {
            return;
        } else if (tokens.size() == 1 && part.get(part.size() - 1).acronym()) {
            out.add(new Name(whole, false, false));
        } else if (tokens.size() >= 2 && tokens.stream().allMatch(t -> NAME_SHAPED.matcher(t).matches()
                || NAME_PARTICLES.contains(t) || PARTICLE.matcher(t).matches())) {
            out.add(new Name(whole, true, false));
        } else if (tokens.size() == 1 && NAME_SHAPED.matcher(whole).matches()) {
            out.add(new Name(whole, true, true, !subject));
        }
    }

    private boolean startsName(Word word) {
        return word.capitalized() && Character.isLetter(word.text().charAt(0));
    }

    private boolean continuesName(String text, List<Word> words, int k) {
        Word previous = words.get(k - 1);
        Word word = words.get(k);
        if (!adjacent(text, previous, word)) {
            return false;
        }
        boolean numberAfterOf = "of".equals(previous.text()) && Character.isDigit(word.text().charAt(0));
        if (word.capitalized() || PARTICLE.matcher(word.text()).matches() || numberAfterOf) {
            return !previous.text().endsWith("’s") && !previous.text().endsWith("'s");
        }
        boolean bridge = ("of".equals(word.text()) && organizationCues.contains(previous.text()))
                || NAME_PARTICLES.contains(word.text());
        return bridge && k + 1 < words.size() && adjacent(text, word, words.get(k + 1))
                && (words.get(k + 1).capitalized() || Character.isDigit(words.get(k + 1).text().charAt(0)));
    }

    private static boolean adjacent(String text, Word left, Word right) {
        String gap = text.substring(left.end(), right.start());
        return gap.equals(" ") || gap.equals("\u00a0");
    }

    /** A name opens a clause as its subject when a finite verb (maybe after an -ly adverb) follows it. */
    private static boolean isSubject(List<Word> words, int end, Word after) {
        if (after == null) {
            return false;
        }
        if (Verbs.isFinite(after)) {
            return true;
        }
        return after.lower().endsWith("ly") && end + 1 < words.size() && Verbs.isFinite(words.get(end + 1));
    }
}
