package news.timeline.contract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One dated statement of an article, an element of {@link ArticleEventsMessage#events()}.
 *
 * @param date          TIMEX3 value (required), read by {@link news.timeline.contract.timex.TimexValue}:
 *                      {@code 2018-07-16}, {@code 2018-W29}, {@code 2018-W29-WE}, {@code 2018-07}, {@code 2018-Q3},
 *                      {@code 2018-H2}, {@code 2018-SU}, {@code 2018}, {@code 201} (decade), {@code 20} (century)
 * @param granularity   {@code day} ... {@code century}; informative, the value says it
 * @param dateStart     offset of the temporal expression in the article text
 * @param dateEnd       offset just past it
 * @param text          the concise statement
 * @param sentenceStart offset of the sentence in the article text
 * @param sentenceEnd   offset just past it
 * @param status        a {@link EventStatus} label (required)
 * @param confidence    0..1
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventMessage(String date, String granularity, String dateText, Integer dateStart, Integer dateEnd,
        String text, String sentence, Integer sentenceStart, Integer sentenceEnd, List<String> actors,
        String location, String status, Double confidence) {

    /** The required fields that are null. */
    public List<String> missingFields() {
        return new RequiredFields().require("date", date).require("status", status).missing();
    }
}
