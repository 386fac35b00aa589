package news.timeline.timeline.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A bounded summary of an entry's reports, stored with the entry: a few sample reports that a new report is compared
 * with, and how often each place was reported. It never grows with the number of reports.
 *
 * @param samples   at most a handful of reports: the first ones, then a rotating window of the latest
 * @param words     the telling words the entry is filed under as a merge candidate (see MergeKeys)
 * @param locations report counts per place, for the entry's most reported place
 * @param outlets   every outlet that reported the entry, while they are few (see {@link #MAX_OUTLETS}); null when
 *                  not known (more of them, or a profile written before outlets were kept): whether an outlet is new
 *                  to the entry is then asked of its reports
 */
// An instance of an earlier release, during a rolling upgrade, reads the profiles a newer one wrote: what it does
// not know it leaves aside (it failed on the outlets when they were added).
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntryProfile(List<Sample> samples, List<String> words, Map<String, Integer> locations,
        List<String> outlets) {

    /** Most entries are reported by a handful of outlets; a wire story's hundreds of copies are asked of the store. */
    public static final int MAX_OUTLETS = 16;

    /** Whether the outlet had already reported the entry: true, false, or null when the profile cannot tell. */
    public Boolean reportedBy(String outlet) {
        return outlets == null ? null : outlets.contains(outlet);
    }

    /** The profile with one more outlet, or with outlets unknown once there are too many to keep. */
    public List<String> outletsWith(String outlet) {
        if (outlets == null || outlets.contains(outlet)) {
            return outlets;
        }
        if (outlets.size() >= MAX_OUTLETS) {
            return null;
        }
        List<String> more = new ArrayList<>(outlets);
        more.add(outlet);
        return List.copyOf(more);
    }

    /**
     * What the merge compares of one report (see MentionFeatures); dates are ISO days.
     *
     * @param words stemmed content words of the statement without its date words
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sample(String article, String date, String start, String end, List<String> words,
            List<String> actors, List<String> topicActors, String location, String status, String text) {
    }
}
