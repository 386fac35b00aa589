package news.timeline.extract.event;

import java.util.List;

/**
 * A sentence of the article text.
 *
 * @param start offset of its first character in the article text
 * @param end   offset just past its last character
 * @param text  {@code articleText.substring(start, end)}
 */
record Sentence(int start, int end, String text) {

    /** The index of the sentence holding the offset, by binary search (sentences come in text order), or -1. */
    static int indexAt(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                high = mid - 1;
            } else if (offset >= s.end()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
