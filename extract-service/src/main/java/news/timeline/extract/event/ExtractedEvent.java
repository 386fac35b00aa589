package news.timeline.extract.event;

import java.util.List;
import news.timeline.contract.EventStatus;

/**
 * One dated statement of an article.
 *
 * @param date          TIMEX3 value of the date the statement is about ({@code 2018-07-16}, {@code 2018-W29},
 *                      {@code 2018-07}, {@code 2019}...)
 * @param granularity   {@code day}, {@code week}, {@code month}, {@code quarter}, {@code season}, {@code year},
 *                      {@code decade}...
 * @param dateText      the temporal expression's words
 * @param dateStart     offset of the expression in the article text
 * @param dateEnd       offset just past it
 * @param text          a concise statement of what happened, taken from the sentence
 * @param sentence      the whole sentence
 * @param sentenceStart offset of the sentence in the article text
 * @param sentenceEnd   offset just past it
 * @param actors        people and organizations named in the statement
 * @param location      the place it happened, or null
 * @param status        occurred, planned, possible or negated
 * @param confidence    0..1
 */
public record ExtractedEvent(String date, String granularity, String dateText, int dateStart, int dateEnd,
        String text, String sentence, int sentenceStart, int sentenceEnd, List<String> actors, String location,
        EventStatus status, double confidence) {
}
