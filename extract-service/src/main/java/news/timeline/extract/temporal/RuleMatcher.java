package news.timeline.extract.temporal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds rule matches over tokens, leftmost-longest and without overlaps. Rules are indexed by the keys of the
 * tokens that can start them, so each token tries only the few rules that can begin there; every pattern has a
 * bounded number of elements, so the work per token is bounded and the whole pass is linear in the text.
 */
final class RuleMatcher {

    /** A chosen match: the rule, the extent in tokens [start, end) and the captured values. */
    record Match(Rule rule, int start, int end, Map<String, String> captures) {
    }

    private record Candidate(Rule rule, PatternElement[] pattern) {
    }

    private final Lexicon lexicon;
    private final Map<String, Candidate[]> index;

    RuleMatcher(List<Rule> rules, Lexicon lexicon) {
        this.lexicon = lexicon;
        Map<String, List<Candidate>> byKey = new HashMap<>();
        for (Rule rule : rules) {
            for (PatternElement[] pattern : rule.patterns()) {
                Set<String> keys = new LinkedHashSet<>();
                for (PatternElement e : pattern) {
                    keys.addAll(e.startKeys());
                    if (!e.optional) {
                        break;
                    }
                }
                Candidate c = new Candidate(rule, pattern);
                for (String key : keys) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                }
            }
        }
        index = new HashMap<>();
        byKey.forEach((k, v) -> index.put(k, v.toArray(Candidate[]::new)));
    }

    List<Match> matchAll(Tokens tokens) {
        List<Match> matches = new ArrayList<>();
        Set<Candidate> tried = new LinkedHashSet<>();
        int i = 0;
        while (i < tokens.size) {
            tried.clear();
            collect(tokens, i, tried);
            Match best = null;
            int bestSpan = 0;
            for (Candidate c : tried) {
                Match m = longest(tokens, i, c);
                if (m == null) {
                    continue;
                }
                int span = m.end - m.start;
                if (best == null || m.end > best.end || m.end == best.end && span > bestSpan
                        || m.end == best.end && span == bestSpan && c.rule.order() < best.rule.order()) {
                    best = m;
                    bestSpan = span;
                }
            }
            if (best != null) {
                matches.add(best);
                i = best.end;
            } else {
                i++;
            }
        }
        return matches;
    }

    private void collect(Tokens tokens, int i, Set<Candidate> out) {
        String w = tokens.lower[i];
        add(out, "w:" + w);
        for (String[] e : lexicon.classesOf(w)) {
            add(out, "c:" + e[0]);
        }
        if (tokens.kind[i] == Tokens.NUMBER) {
            add(out, "k:num");
        } else if (tokens.kind[i] == Tokens.ALNUM) {
            add(out, "k:alnum");
        }
    }

    private void add(Set<Candidate> out, String key) {
        Candidate[] cs = index.get(key);
        if (cs != null) {
            for (Candidate c : cs) {
                out.add(c);
            }
        }
    }

    private final class Walk {
        final Tokens tokens;
        final PatternElement[] pattern;
        final String[] values;
        final int[] starts;
        final int[] ends;
        String[] bestValues;
        int[] bestStarts;
        int[] bestEnds;
        int bestEnd = -1;
        final List<Object[]> scratch = new ArrayList<>(2);

        Walk(Tokens tokens, PatternElement[] pattern) {
            this.tokens = tokens;
            this.pattern = pattern;
            values = new String[pattern.length];
            starts = new int[pattern.length];
            ends = new int[pattern.length];
        }

        void step(int e, int t) {
            if (e == pattern.length) {
                if (t > bestEnd) {
                    bestEnd = t;
                    bestValues = values.clone();
                    bestStarts = starts.clone();
                    bestEnds = ends.clone();
                }
                return;
            }
            PatternElement el = pattern[e];
            List<Object[]> ways = new ArrayList<>(1);
            el.match(tokens, t, lexicon, ways);
            for (Object[] way : ways) {
                values[e] = (String) way[1];
                starts[e] = t;
                ends[e] = (Integer) way[0];
                step(e + 1, (Integer) way[0]);
            }
            if (el.optional) {
                values[e] = null;
                starts[e] = t;
                ends[e] = t;
                step(e + 1, t);
            }
        }
    }

    private Match longest(Tokens tokens, int i, Candidate c) {
        Walk walk = new Walk(tokens, c.pattern);
        walk.step(0, i);
        if (walk.bestEnd < 0 || walk.bestEnd == i) {
            return null;
        }
        PatternElement[] p = c.pattern;
        int start = i;
        int end = walk.bestEnd;
        for (int e = 0; e < p.length && p[e].context; e++) {
            start = walk.bestEnds[e];
        }
        for (int e = p.length - 1; e >= 0 && p[e].context; e--) {
            end = walk.bestStarts[e];
        }
        if (start >= end) {
            return null;
        }
        Map<String, String> captures = new HashMap<>(4);
        for (int e = 0; e < p.length; e++) {
            if (p[e].capture != null && walk.bestValues[e] != null) {
                captures.put(p[e].capture, walk.bestValues[e]);
            }
        }
        return new Match(c.rule, start, end, captures);
    }
}
