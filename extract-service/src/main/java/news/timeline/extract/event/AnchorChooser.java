package news.timeline.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import news.timeline.extract.temporal.Timex;
import news.timeline.extract.text.Word;
import news.timeline.extract.text.Verbs;
import news.timeline.extract.text.WordLists;

/**
 * Chooses, for each clause of a sentence, the date its statement is about. A date right before ", when ..." dates
 * the when-clause ("since March, when he called" dates the call). Of several dates in one clause, the one that
 * modifies the verb wins over one that only modifies a noun ("the 2016 election"), a finer one over a coarser
 * one, a point over the start of a state ("since March"), and the date of what was said over the date of the saying
 * (", officials said Tuesday"). Clauses dated alike in one sentence give one event.
 */
final class AnchorChooser {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "this", "that", "last", "next");
    private static final Set<String> NOT_NOUNS = Set.of("in", "on", "at", "to", "for", "with", "of", "and", "or",
            "but", "that", "when", "as", "by", "from", "after", "before", "since", "until", "while", "which", "who",
            "where", "than", "into", "over", "about", "is", "was", "were", "are");
    private static final Pattern COMMAS_AND_SPACES = Pattern.compile("[\\s,]*");
    /** An attribution tail that runs to the clause's end without another comma, semicolon or quote. */
    private static final Pattern ONE_PIECE = Pattern.compile("[^,;“”\"]*[.!?]?[”\"]?");

    /**
     * The date chosen for a clause.
     *
     * @param clause       index of the clause in the sentence
     * @param date         its date
     * @param alternatives how many other dates the clause held
     * @param datedClauses indexes of all clauses of the sentence that got a date
     */
    record Anchor(int clause, EventExtractor.DatedMention date, int alternatives, Set<Integer> datedClauses) {
    }

    private final Set<String> reportingVerbs = WordLists.lowercase("reporting-verbs.txt");

    List<Anchor> choose(String text, List<Clause> clauses, List<EventExtractor.DatedMention> dates) {
        List<List<EventExtractor.DatedMention>> byClause = new ArrayList<>();
        for (Clause clause : clauses) {
            List<EventExtractor.DatedMention> own = new ArrayList<>();
            for (EventExtractor.DatedMention date : dates) {
                if (clause.start() <= date.timex().start() && date.timex().start() < clause.end()) {
                    own.add(date);
                }
            }
            byClause.add(own);
        }
        for (int k = 1; k < clauses.size(); k++) {
            List<EventExtractor.DatedMention> previous = byClause.get(k - 1);
            if (clauses.get(k).link() != Clause.Link.WHEN || !byClause.get(k).isEmpty() || previous.isEmpty()) {
                continue;
            }
            EventExtractor.DatedMention last = previous.get(previous.size() - 1);
            if (COMMAS_AND_SPACES.matcher(text.substring(last.timex().end(), clauses.get(k).start())).matches()) {
                previous.remove(last);
                byClause.get(k).add(last);
            }
        }
        List<Anchor> chosen = new ArrayList<>();
        Set<String> values = new HashSet<>();
        Set<Integer> datedClauses = new HashSet<>();
        for (int k = 0; k < clauses.size(); k++) {
            if (!byClause.get(k).isEmpty()) {
                datedClauses.add(k);
            }
        }
        for (int k = 0; k < clauses.size(); k++) {
            List<EventExtractor.DatedMention> own = byClause.get(k);
            if (own.isEmpty()) {
                continue;
            }
            EventExtractor.DatedMention best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (EventExtractor.DatedMention date : own) {
                double score = score(text, date) - (inAttributionTail(text, clauses.get(k), date) ? 1.5 : 0);
                if (score > bestScore) {
                    best = date;
                    bestScore = score;
                }
            }
            if (values.add(best.value())) {
                chosen.add(new Anchor(k, best, own.size() - 1, Set.copyOf(datedClauses)));
            }
        }
        return chosen;
    }

    /**
     * "..., its leader said on Tuesday." The date of the saying yields to the date of what was said.
     */
    private boolean inAttributionTail(String text, Clause clause, EventExtractor.DatedMention date) {
        int comma = text.lastIndexOf(',', date.timex().start());
        if (comma < clause.start()) {
            return false;
        }
        List<Word> tail = Word.of(text, comma + 1, clause.end());
        return tail.size() <= 10 && tail.stream().anyMatch(w -> reportingVerbs.contains(w.lower()))
                && ONE_PIECE.matcher(text.substring(comma + 1, clause.end()).strip()).matches();
    }

    private static double score(String text, EventExtractor.DatedMention date) {
        Timex timex = date.timex();
        double score = switch (date.granularity()) {
            case "day" -> 3;
            case "week" -> 2.5;
            case "month" -> 2;
            case "quarter", "season" -> 1.8;
            case "half" -> 1.6;
            case "year" -> 1.5;
            case "decade" -> 1;
            default -> 0.5;
        };
        List<Word> before = Word.of(text, Math.max(0, timex.start() - 20), timex.start());
        List<Word> after = Word.of(text, timex.end(), Math.min(text.length(), timex.end() + 20));
        String previous = before.isEmpty() ? "" : before.get(before.size() - 1).lower();
        boolean nextIsNoun = !after.isEmpty() && after.get(0).start() == timex.end() + 1
                && !after.get(0).capitalized() && !NOT_NOUNS.contains(after.get(0).lower())
                && !Verbs.isFinite(after.get(0));
        boolean determined = DETERMINERS.contains(previous) || timex.text().toLowerCase().startsWith("the ");
        if (nextIsNoun && determined) {
            score -= 2;
        }
        if ("since".equals(previous) || "until".equals(previous)) {
            score -= 1;
        }
        return score;
    }
}
