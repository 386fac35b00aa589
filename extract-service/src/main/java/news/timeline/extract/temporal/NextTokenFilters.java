package news.timeline.extract.temporal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct {@link NextTokenFilter}s of a rule book, numbered, and for each word the set of filters that admit it
 * as a bit set: a token's word is looked up once, and each candidate after it tests one bit.
 */
final class NextTokenFilters {
    private static final long[] NONE = new long[0];

    private final Map<List<Object>, NextTokenFilter> byIdentity = new HashMap<>();
    private final List<NextTokenFilter> numbered = new ArrayList<>();
    private Map<String, long[]> byWord;

    /** The filter equal to this one that was kept first, numbered. */
    NextTokenFilter share(NextTokenFilter filter) {
        if (byWord != null) {
            throw new IllegalStateException("the word index is built: no more filters");
        }
        return byIdentity.computeIfAbsent(filter.identity(), k -> {
            filter.id = numbered.size();
            numbered.add(filter);
            return filter;
        });
    }

    /** Builds the word index; call once every filter is shared. */
    void index() {
        byWord = new HashMap<>();
        int longs = (numbered.size() + 63) >> 6;
        for (NextTokenFilter filter : numbered) {
            for (String w : filter.words) {
                byWord.computeIfAbsent(w, k -> new long[longs])[filter.id >> 6] |= 1L << filter.id;
            }
        }
    }

    /** The filters whose words hold this word (a token's lower-case text, null for a word no list names). */
    long[] admitting(String word) {
        long[] bits = word == null ? null : byWord.get(word);
        return bits == null ? NONE : bits;
    }
}
