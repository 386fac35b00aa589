package news.timeline.timeline.merge;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A report's content words as the merge compares them. A report is scored against every sample of up to 32
 * candidate entries, so the Dice coefficient of two word sets runs tens of thousands of times per article; here it
 * is a walk along two sorted arrays of 64-bit fingerprints instead of a hash probe and a string comparison per word
 * (which was a tenth of timeline-service's CPU while merging). Two different words share a fingerprint with a
 * probability of about one in 10^19 per pair; {@link #contains} still compares the words themselves.
 */
final class WordSet extends AbstractSet<String> {

    private static final WordSet EMPTY = new WordSet(new String[0], new String[0], new long[0]);

    /** In the order first seen, for iteration: the entry's filing words are taken in this order. */
    private final String[] words;
    /** The same words sorted by fingerprint, beside their fingerprints. */
    private final String[] byPrint;
    private final long[] prints;

    private WordSet(String[] words, String[] byPrint, long[] prints) {
        this.words = words;
        this.byPrint = byPrint;
        this.prints = prints;
    }

    static WordSet of(Collection<String> words) {
        if (words instanceof WordSet set) {
            return set;
        }
        if (words.isEmpty()) {
            return EMPTY;
        }
        String[] distinct = new LinkedHashSet<>(words).toArray(String[]::new);
        Integer[] order = new Integer[distinct.length];
        long[] unsorted = new long[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            order[i] = i;
            unsorted[i] = print(distinct[i]);
        }
        Arrays.sort(order, (x, y) -> Long.compare(unsorted[x], unsorted[y]));
        String[] byPrint = new String[distinct.length];
        long[] prints = new long[distinct.length];
        for (int i = 0; i < order.length; i++) {
            byPrint[i] = distinct[order[i]];
            prints[i] = unsorted[order[i]];
        }
        return new WordSet(distinct, byPrint, prints);
    }

    /** Dice coefficient: 1 when equal, 0 when disjoint or either is empty. */
    static double dice(WordSet a, WordSet b) {
        if (a.prints.length == 0 || b.prints.length == 0) {
            return 0;
        }
        long[] x = a.prints;
        long[] y = b.prints;
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        return 2.0 * common / (x.length + y.length);
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String word)) {
            return false;
        }
        int at = Arrays.binarySearch(prints, print(word));
        return at >= 0 && byPrint[at].equals(word);
    }

    @Override
    public Iterator<String> iterator() {
        return List.of(words).iterator();
    }

    @Override
    public int size() {
        return words.length;
    }

    /** FNV-1a over the characters, then MurmurHash3's finalizer to spread the bits. */
    static long print(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
