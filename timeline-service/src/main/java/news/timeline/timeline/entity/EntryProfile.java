package news.timeline.timeline.entity;

import java.util.List;
import java.util.Map;

/**
 * A bounded summary of an entry's reports, stored with the entry: a few sample reports that a new report is compared
 * with, and how often each place was reported. It never grows with the number of reports.
 *
 * @param samples   at most a handful of reports: the first ones, then a rotating window of the latest
 * @param words     the telling words the entry is filed under as a merge candidate (see MergeKeys)
 * @param locations report counts per place, for the entry's most reported place
 */
public record EntryProfile(List<Sample> samples, List<String> words, Map<String, Integer> locations) {

    /**
     * What the merge compares of one report (see MentionFeatures); dates are ISO days.
     *
     * @param words stemmed content words of the statement without its date words
     */
    public record Sample(String article, String date, String start, String end, List<String> words,
            List<String> actors, List<String> topicActors, String location, String status, String text) {
    }
}
