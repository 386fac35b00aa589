package news.timeline.extract.temporal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds rule matches over tokens, leftmost-longest and without overlaps. Rules are indexed by the tokens that can
 * start them, so each token tries only the rules that can begin there, and of those only the ones whose second
 * token can follow ({@link NextTokenFilter}): common words such as "the" or "in" start dozens of patterns and
 * almost never a match. Every pattern has a bounded number of elements, so the work per token is bounded and the
 * whole pass is linear in the text. A pass allocates its buffers once and then nothing per token: only the chosen
 * matches become objects.
 */
final class RuleMatcher {

    /** A chosen match: the rule, the extent in tokens [start, end) and the captured values. */
    record Match(Rule rule, int start, int end, Map<String, String> captures) {
    }

    /** A pattern to try from a token, with what the next token must be (null: anything). */
    private record Candidate(Rule rule, PatternElement[] pattern, NextTokenFilter next) {
    }

    private record RulePattern(Rule rule, PatternElement[] elements) {
    }

    private static final Candidate[] NONE = new Candidate[0];

    private final Lexicon lexicon;
    /**
     * The candidates a token may start, by the token's lower-case text: those its word, its word classes and its
     * kind (a number, digits with letters) admit, without repeats and in that order. A word's kind follows from
     * its characters, so one lookup per token does.
     */
    private final Map<String, Candidate[]> byWord;
    /** The candidates of tokens that are in no list: by their kind only. */
    private final Candidate[] numbers;
    private final Candidate[] alphanumerics;
    private final int longestPattern;
    private final NextTokenFilters nextTokenFilters;

    RuleMatcher(List<Rule> rules, Lexicon lexicon) {
        this.lexicon = lexicon;
        Map<String, List<RulePattern>> byKey = new HashMap<>();
        Set<String> words = new LinkedHashSet<>(lexicon.words());
        int longest = 0;
        for (Rule rule : rules) {
            for (PatternElement[] pattern : rule.patterns()) {
                longest = Math.max(longest, pattern.length);
                Set<String> keys = new LinkedHashSet<>();
                for (PatternElement e : pattern) {
                    keys.addAll(e.startKeys());
                    if (!e.optional) {
                        break;
                    }
                }
                RulePattern c = new RulePattern(rule, pattern);
                for (String key : keys) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                    if (key.startsWith("w:")) {
                        words.add(key.substring(2));
                    }
                }
            }
        }
        longestPattern = longest;
        Map<String, Set<String>> classWords = new HashMap<>();
        for (String w : lexicon.words()) {
            for (String[] e : lexicon.classesOf(w)) {
                classWords.computeIfAbsent(e[0], k -> new HashSet<>()).add(w);
            }
        }
        NextTokenFilters filters = new NextTokenFilters();
        numbers = candidates(byKey, List.of("k:num"), classWords, filters);
        alphanumerics = candidates(byKey, List.of("k:alnum"), classWords, filters);
        byWord = new HashMap<>();
        for (String w : words) {
            List<String> keys = new ArrayList<>();
            keys.add("w:" + w);
            for (String[] e : lexicon.classesOf(w)) {
                keys.add("c:" + e[0]);
            }
            byte kind = kindOf(w);
            if (kind == Tokens.NUMBER) {
                keys.add("k:num");
            } else if (kind == Tokens.ALNUM) {
                keys.add("k:alnum");
            }
            Candidate[] cs = candidates(byKey, keys, classWords, filters);
            if (cs.length > 0) {
                byWord.put(w, cs);
            }
        }
        filters.index();
        nextTokenFilters = filters;
    }

    /**
     * The patterns a token with these keys may start, without repeats and in the order of the keys, each with
     * its filter of the next token; equal filters are shared.
     */
    private static Candidate[] candidates(Map<String, List<RulePattern>> byKey, List<String> keys,
                                          Map<String, Set<String>> classWords,
                                          NextTokenFilters filters) {
        Set<RulePattern> patterns = new LinkedHashSet<>();
        for (String key : keys) {
            patterns.addAll(byKey.getOrDefault(key, List.of()));
        }
        Set<String> tokenKeys = new HashSet<>(keys);
        List<Candidate> out = new ArrayList<>(patterns.size());
        for (RulePattern p : patterns) {
            NextTokenFilter made = NextTokenFilter.of(p.elements, tokenKeys, classWords);
            NextTokenFilter next = made == null ? null : filters.share(made);
            out.add(new Candidate(p.rule, p.elements, next));
        }
        return out.toArray(Candidate[]::new);
    }

    /** The kind the tokenizer gives a token with this text (see {@link Tokenizer}). */
    private static byte kindOf(String w) {
        if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) {
            return Tokens.PUNCT;
        }
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return Character.isDigit(w.charAt(0)) ? Tokens.ALNUM : Tokens.WORD;
            }
        }
        return Tokens.NUMBER;
    }

    private Candidate[] candidatesAt(Tokens tokens, int i) {
        Candidate[] cs = byWord.get(tokens.lower[i]);
        if (cs != null) {
            return cs;
        }
        return switch (tokens.kind[i]) {
            case Tokens.NUMBER -> numbers;
            case Tokens.ALNUM -> alphanumerics;
            default -> NONE;
        };
    }

    List<Match> matchAll(Tokens tokens) {
        List<Match> matches = new ArrayList<>();
        Walk walk = new Walk(tokens, longestPattern);
        int i = 0;
        while (i < tokens.size) {
            Candidate best = null;
            int bestStart = 0;
            int bestEnd = 0;
            Candidate[] candidates = candidatesAt(tokens, i);
            boolean last = i + 1 == tokens.size;
            int nextKind = last ? -1 : tokens.kind[i + 1];
            long[] nextWordBits = candidates.length == 0 ? null
                    : nextTokenFilters.admitting(last ? null : tokens.lower[i + 1]);
            for (Candidate c : candidates) {
                if (c.next != null && !c.next.admits(nextKind, nextWordBits) || !walk.longest(c.pattern, i)) {
                    continue;
                }
                int start = walk.start;
                int end = walk.end;
                int span = end - start;
                if (best == null || end > bestEnd || end == bestEnd && span > bestEnd - bestStart
                        || end == bestEnd && span == bestEnd - bestStart && c.rule.order() < best.rule.order()) {
                    best = c;
                    bestStart = start;
                    bestEnd = end;
                    walk.keep();
                }
            }
            if (best != null) {
                Match match = new Match(best.rule, bestStart, bestEnd, walk.keptCaptures(best.pattern));
                if (bestStart > i) {
                    Match read = before(candidates, tokens, i, bestStart, nextKind, nextWordBits, walk);
                    if (read != null) {
                        matches.add(read);
                    }
                }
                matches.add(match);
                i = bestEnd;
            } else {
                i++;
            }
        }
        return matches;
    }

    /**
     * The longest match tried from token {@code i} that ends by {@code limit}, where a match that reads tokens before
     * its extent begins: what it read is an expression of its own ("[2007]-[08]": the range's end reads its start;
     * "in [1782] and [1783]": the second year reads the first and the preposition before it).
     */
    private Match before(Candidate[] candidates, Tokens tokens, int i, int limit, int nextKind, long[] nextWordBits,
            Walk walk) {
        Candidate best = null;
        int bestStart = 0;
        int bestEnd = 0;
        for (Candidate c : candidates) {
            if (c.next != null && !c.next.admits(nextKind, nextWordBits) || !walk.longest(c.pattern, i)
                    || walk.end > limit) {
                continue;
            }
            if (best == null || walk.end > bestEnd || walk.end == bestEnd && c.rule.order() < best.rule.order()) {
                best = c;
                bestStart = walk.start;
                bestEnd = walk.end;
                walk.keep();
            }
        }
        return best == null ? null : new Match(best.rule, bestStart, bestEnd, walk.keptCaptures(best.pattern));
    }

    /**
     * The search for a pattern's longest match from a token, with buffers sized for the longest pattern and reused
     * for every candidate of a pass.
     */
    private final class Walk {
        final Tokens tokens;
        final String[] values;
        final long[] numbers;
        final int[] starts;
        final int[] ends;
        final String[] bestValues;
        final long[] bestNumbers;
        final int[] bestStarts;
        final int[] bestEnds;
        final String[] keptValues;
        final long[] keptNumbers;
        final long[] scratch = new long[2];
        PatternElement[] pattern;
        /** The token the pattern is tried from. */
        int first;
        int bestEnd;
        /** The extent of the last successful {@link #longest}, context elements left out. */
        int start;
        int end;

        Walk(Tokens tokens, int length) {
            this.tokens = tokens;
            values = new String[length];
            numbers = new long[length];
            starts = new int[length];
            ends = new int[length];
            bestValues = new String[length];
            bestNumbers = new long[length];
            bestStarts = new int[length];
            bestEnds = new int[length];
            keptValues = new String[length];
            keptNumbers = new long[length];
        }

        boolean longest(PatternElement[] p, int i) {
            pattern = p;
            first = i;
            bestEnd = -1;
            step(0, i);
            if (bestEnd < 0 || bestEnd == i) {
                return false;
            }
            int s = i;
            int e = bestEnd;
            for (int k = 0; k < p.length && p[k].context; k++) {
                s = bestEnds[k];
            }
            for (int k = p.length - 1; k >= 0 && p[k].context; k--) {
                e = bestStarts[k];
            }
            start = s;
            end = e;
            return s < e;
        }

        private void step(int e, int t) {
            if (e == pattern.length) {
                if (t > bestEnd) {
                    bestEnd = t;
                    System.arraycopy(values, 0, bestValues, 0, e);
                    System.arraycopy(numbers, 0, bestNumbers, 0, e);
                    System.arraycopy(starts, 0, bestStarts, 0, e);
                    System.arraycopy(ends, 0, bestEnds, 0, e);
                }
                return;
            }
            PatternElement el = pattern[e];
            // a title's last word and the date line under it ("until Friday" / "September 18 , 2008") are no
            // one expression: no match goes on past a line break
            int next = t > first && t < tokens.size && tokens.lineBreakBefore(t) ? -1
                    : el.match(tokens, t, lexicon, values, numbers, e, scratch);
            if (next >= 0) {
                starts[e] = t;
                ends[e] = next;
                step(e + 1, next);
            }
            if (el.optional) {
                values[e] = null;
                starts[e] = t;
                ends[e] = t;
                step(e + 1, t);
            }
        }

        /** Keeps the captured values of the last match, the best of the token so far. */
        void keep() {
            System.arraycopy(bestValues, 0, keptValues, 0, pattern.length);
            System.arraycopy(bestNumbers, 0, keptNumbers, 0, pattern.length);
        }

        Map<String, String> keptCaptures(PatternElement[] p) {
            Map<String, String> captures = new HashMap<>(4);
            for (int e = 0; e < p.length; e++) {
                String v = keptValues[e];
                if (p[e].capture != null && v != null) {
                    captures.put(p[e].capture, v == PatternElement.NUMBER ? Long.toString(keptNumbers[e]) : v);
                }
            }
            return captures;
        }
    }
}
