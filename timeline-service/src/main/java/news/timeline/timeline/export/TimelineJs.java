package news.timeline.timeline.export;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Knight Lab's TimelineJS3 JSON format, the fields this service fills in, named as its documentation names them
 * (timeline.knightlab.com/docs/json-format.html).
 */
public final class TimelineJs {

    private TimelineJs() {
    }

    /** What {@code new TL.Timeline(element, data)} loads. */
    @Schema(name = "TimelineJsDocument")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(Slide title, List<Slide> events, String scale) {
    }

    /**
     * One event, or the title slide (which has no dates).
     *
     * @param group     slides of one group share a row of the navigation: here, the status
     * @param autolink  false: the text's only links are the sources' links made here
     * @param uniqueId  stable across exports: the entry's id
     */
    @Schema(name = "TimelineJsSlide")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Slide(@JsonProperty("start_date") DateParts startDate, @JsonProperty("end_date") DateParts endDate,
            Text text, String group, Boolean autolink, @JsonProperty("unique_id") String uniqueId) {
    }

    /** A date to the precision given: a month has no day, a year neither month nor day. */
    @Schema(name = "TimelineJsDate")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DateParts(int year, Integer month, Integer day) {
    }

    /** HTML, as TimelineJS shows it: everything from an article in it is escaped. */
    @Schema(name = "TimelineJsText")
    public record Text(String headline, String text) {
    }
}
