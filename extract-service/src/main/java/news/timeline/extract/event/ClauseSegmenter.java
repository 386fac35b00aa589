package news.timeline.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.timeline.extract.text.Word;
import news.timeline.extract.text.Verbs;
import news.timeline.extract.text.WordLists;

/**
 * Cuts a sentence into clauses at linking words (clause-links.txt) and at dashes, semicolons and colons, so that a
 * sentence holding several dated statements gives one statement per clause. A piece without a finite verb is no
 * clause: it joins its neighbour ("Last week, ..." stays with what happened last week).
 */
final class ClauseSegmenter {

    private static final Set<String> ALWAYS_SUBORDINATE = Set.of("because", "although", "though", "whereas",
            "while");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

    private final Map<String, String> links = new HashMap<>();
    private final Set<String> reportingVerbs = WordLists.lowercase("reporting-verbs.txt");

    ClauseSegmenter() {
        for (String line : WordLists.lines("clause-links.txt")) {
            String[] parts = line.split("\\s+");
            links.put(parts[0], parts[1]);
        }
    }

    List<Clause> segment(String text, Sentence sentence) {
        return segment(text, sentence, Word.of(text, sentence.start(), sentence.end()));
    }

    /** The same, given the sentence's words when the caller has them. */
    List<Clause> segment(String text, Sentence sentence, List<Word> words) {
        List<Clause> raw = new ArrayList<>();
        int clauseStart = sentence.start();
        Clause.Link clauseLink = Clause.Link.MAIN;
        boolean reportingSeen = false;
        boolean complementOpened = false;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String between = i == 0 ? "" : text.substring(words.get(i - 1).end(), word.start());
            Clause.Link link = i == 0 ? null : linkBefore(word, between, i + 1 < words.size() ? words.get(i + 1) : null,
                    reportingSeen && !complementOpened);
            if (link == null && i > 0 && opensAside(between)) {
                link = Clause.Link.SUB;
            }
            if (link != null) {
                raw.add(new Clause(clauseStart, word.start(), clauseLink));
                clauseStart = word.start();
                clauseLink = link;
                reportingSeen = false;
                complementOpened = link == Clause.Link.COMPLEMENT;
            }
            if (reportingVerbs.contains(word.lower())) {
                reportingSeen = true;
            }
        }
        raw.add(new Clause(clauseStart, sentence.end(), clauseLink));
        return mergeVerbless(text, raw);
    }

    private Clause.Link linkBefore(Word word, String between, Word next, boolean complementPossible) {
        String kind = links.get(word.lower());
        boolean comma = between.contains(",");
        if (kind == null) {
            boolean pronounAfterAnd = "and".equals(word.lower()) && comma && next != null
                    && SUBJECT_PRONOUNS.contains(next.lower());
            return pronounAfterAnd ? Clause.Link.COORD : null;
        }
        return switch (kind) {
            case "when" -> Clause.Link.WHEN;
            case "coord" -> Clause.Link.COORD;
            case "sub" -> comma || ALWAYS_SUBORDINATE.contains(word.lower()) ? Clause.Link.SUB : null;
            case "relative" -> comma ? Clause.Link.RELATIVE : null;
            case "complement" -> complementPossible ? Clause.Link.COMPLEMENT : null;
            default -> null;
        };
    }

    private static boolean opensAside(String between) {
        return between.contains(";") || between.contains(" — ") || between.contains(" – ") || between.contains("—")
                || between.contains(": ");
    }

    private static List<Clause> mergeVerbless(String text, List<Clause> raw) {
        List<Clause> out = new ArrayList<>();
        Clause pending = null;
        for (Clause clause : raw) {
            if (pending != null) {
                clause = new Clause(pending.start(), clause.end(), pending.link());
                pending = null;
            }
            if (!Verbs.anyFinite(Word.of(text, clause.start(), clause.end()))) {
                if (!out.isEmpty()) {
                    Clause previous = out.remove(out.size() - 1);
                    out.add(previous.withEnd(clause.end()));
                } else {
                    pending = clause;
                }
                continue;
            }
            out.add(clause);
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }
}
