package news.timeline.extract.timeml;

/**
 * Tokenizes text the way the TempEval-3 scorer's tokenizer does, closely enough to compare extents: tokens are
 * separated by white space; brackets and quotes are cut off the front of a word, closing punctuation off its
 * end, the final period unless the word is an abbreviation ("U.S.", "Sept."), and the clitics 's, n't, 're...
 * Hyphenated words stay whole, as in the scorer.
 */
final class ScorerTokens {
    private static final String LEADING = "[{(`\"'";
    private static final String TRAILING = "]}'`\"),;:!?%";

    private ScorerTokens() {
    }

    /** For each character, the index of its token, or -1 for white space. */
    static int[] tokenIndex(String text) {
        int[] index = new int[text.length()];
        java.util.Arrays.fill(index, -1);
        int next = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            next = split(text, s, i, index, next);
        }
        return index;
    }

    private static int split(String text, int s, int e, int[] index, int next) {
        while (e - s > 1 && LEADING.indexOf(text.charAt(s)) >= 0) {
            index[s++] = next++;
        }
        int tail = e;
        while (tail - s > 1 && (TRAILING.indexOf(text.charAt(tail - 1)) >= 0
                || text.charAt(tail - 1) == '.' && !abbreviation(text, s, tail))) {
            tail--;
        }
        int clitic = cliticStart(text, s, tail);
        for (int k = s; k < clitic; k++) {
            index[k] = next;
        }
        next++;
        if (clitic < tail) {
            for (int k = clitic; k < tail; k++) {
                index[k] = next;
            }
            next++;
        }
        for (int k = tail; k < e; k++) {
            index[k] = next++;
        }
        return next;
    }

    private static boolean abbreviation(String text, int s, int e) {
        String w = text.substring(s, e);
        return w.matches("([A-Za-z]\\.)+") || w.matches("[A-Z][a-z]{0,4}\\.") && !w.equals("...");
    }

    private static int cliticStart(String text, int s, int e) {
        String w = text.substring(s, e).toLowerCase();
        for (String c : new String[] {"n't", "'s", "'re", "'ve", "'d", "'m", "'ll"}) {
            if (w.length() > c.length() && w.endsWith(c)) {
                return e - c.length();
            }
        }
        return e;
    }
}
