package news.timeline.extract.event;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import news.timeline.extract.temporal.Timex;

/**
 * The offsets of an article that lie inside one of its temporal expressions, marked once per article. Every step of
 * the extraction asks it of words and of single characters (so that "May 2" is no "may"); a scan of all the
 * article's expressions per question made those steps cost the number of expressions times the article's length.
 */
final class DateOffsets implements IntPredicate {

    private final BitSet marked = new BitSet();

    DateOffsets(List<Timex> dates) {
        for (Timex date : dates) {
            marked.set(date.start(), date.end());
        }
    }

    @Override
    public boolean test(int offset) {
        return offset >= 0 && marked.get(offset);
    }
}
