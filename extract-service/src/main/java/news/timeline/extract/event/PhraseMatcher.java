package news.timeline.extract.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import news.timeline.extract.text.WordLists;

/**
 * Finds the phrases of a cue list in a text as whole words, ignoring case. An entry written {@code ~n't} is a word
 * ending: it matches at the end of a word ("hasn't") instead of as a word of its own.
 *
 * <p>The entries are kept in a character trie walked once from each word start, so a text costs time linear in its
 * length whatever the size of the list (an alternation regex of the same entries tried each of them at each
 * position, and was most of the extraction's time). Where several entries match at one place, the longest wins.
 */
final class PhraseMatcher {

    /** Entries that must start a word, and entries that may start anywhere (word endings, entries opening with a sign). */
    private final Node atWordStart;
    private final Node anywhere;

    private PhraseMatcher(Node atWordStart, Node anywhere) {
        this.atWordStart = atWordStart;
        this.anywhere = anywhere;
    }

    static PhraseMatcher of(String resource) {
        return of(WordLists.lines(resource));
    }

    static PhraseMatcher of(List<String> entries) {
        Node atWordStart = new Node();
        Node anywhere = new Node();
        for (String entry : entries) {
            boolean ending = entry.startsWith("~");
            String words = ending ? entry.substring(1) : entry;
            if (words.isEmpty()) {
                continue;
            }
            boolean wordStart = !ending && Character.isLetterOrDigit(words.charAt(0));
            (wordStart ? atWordStart : anywhere).add(words);
        }
        return new PhraseMatcher(atWordStart, anywhere);
    }

    boolean foundIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (matchAt(text, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The matches as [start, end) pairs, in text order. */
    List<int[]> find(CharSequence text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int length = matchAt(text, i);
            if (length > 0) {
                out.add(new int[] {i, i + length});
                i += length;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Length of the phrase that opens the text, or -1. */
    int prefixLength(CharSequence text) {
        int length = matchAt(text, 0);
        return length > 0 ? length : -1;
    }

    /** Length of the longest entry that matches at {@code start} as whole words, or 0. */
    private int matchAt(CharSequence text, int start) {
        int longest = anywhere.longestMatch(text, start);
        if (start == 0 || !isWordChar(text.charAt(start - 1)) && !isApostrophe(text.charAt(start - 1))) {
            longest = Math.max(longest, atWordStart.longestMatch(text, start));
        }
        return longest;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** A trie node; children in parallel arrays, kept sorted by character for a binary search. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private boolean terminal;

        void add(String phrase) {
            Node node = this;
            for (int i = 0; i < phrase.length(); i++) {
                node = node.childOrNew(fold(phrase.charAt(i)));
            }
            node.terminal = true;
        }

        /**
         * The longest entry read from {@code start}; an entry that ends in a letter or digit counts only where the
         * text's word ends too.
         */
        int longestMatch(CharSequence text, int start) {
            Node node = this;
            int longest = 0;
            for (int i = start; i < text.length(); i++) {
                node = node.child(fold(text.charAt(i)));
                if (node == null) {
                    break;
                }
                if (node.terminal && (!Character.isLetterOrDigit(text.charAt(i)) || i + 1 == text.length()
                        || !isWordChar(text.charAt(i + 1)))) {
                    longest = i + 1 - start;
                }
            }
            return longest;
        }

        private Node child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        private Node childOrNew(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            char[] newKeys = new char[keys.length + 1];
            Node[] newChildren = new Node[children.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, insert);
            System.arraycopy(children, 0, newChildren, 0, insert);
            newKeys[insert] = c;
            newChildren[insert] = new Node();
            System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, newChildren, insert + 1, children.length - insert);
            keys = newKeys;
            children = newChildren;
            return newChildren[insert];
        }
    }
}
