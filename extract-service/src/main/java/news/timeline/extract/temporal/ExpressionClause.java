package news.timeline.extract.temporal;

import java.util.Arrays;
import news.timeline.extract.text.PredicateScope;

/**
 * The clause an expression belongs to, cut down to the predicate it attaches to, in tokens: what the status work's
 * {@link PredicateScope} finds for a dated statement, so that the verb which places a bare month or weekday is the
 * one the statement's status is read from ("removed the cap on Saturday | but it will be days" is past; "talks as
 * late as Friday" a verb of another clause does not reach).
 */
final class ExpressionClause {
    /**
     * How many tokens before the expression the clause is looked for in (numbers count several: "$ 29 . 75"), and
     * after it, where only the first verb group matters: a sentence without breaks (a table, a list of dates) must
     * not make each of its expressions read the whole of it.
     */
    static final int REACH_BEFORE = 40;
    static final int REACH_AFTER = 30;

    private final PredicateScope scopes;

    ExpressionClause(PredicateScope scopes) {
        this.scopes = scopes;
    }

    /** The tokens [from, to) of the clause of the expression at tokens [start, end); text is the tokens' text. */
    int[] of(Tokens tokens, String text, int start, int end) {
        int sentence = tokens.sentence[start];
        int first = start;
        while (first > 0 && start - first < REACH_BEFORE && tokens.sentence[first - 1] == sentence) {
            first--;
        }
        int last = end - 1;
        while (last + 1 < tokens.size && last - end < REACH_AFTER && tokens.sentence[last + 1] == sentence) {
            last++;
        }
        int dateStart = tokens.start[start];
        int dateEnd = tokens.end[end - 1];
        PredicateScope.Scope scope = scopes.of(text, tokens.start[first], tokens.end[last], dateStart, dateEnd,
                offset -> offset >= dateStart && offset < dateEnd);
        int from = Arrays.binarySearch(tokens.start, 0, tokens.size, scope.start());
        int to = Arrays.binarySearch(tokens.end, 0, tokens.size, scope.end());
        return new int[] {from < 0 ? -from - 1 : from, to < 0 ? -to - 1 : to + 1};
    }
}
