package news.timeline.timeline.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import news.timeline.contract.EventStatus;
import news.timeline.timeline.entity.EntryProfile;
import news.timeline.timeline.entity.Mention;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.salience.SalienceScorer;
import news.timeline.timeline.text.Names;

/**
 * Folds one report into an entry's description in constant time: the most specific date, the statement of the most
 * certain report, everyone named, the most reported place, counts, salience, the bounded profile a new report is
 * compared with, and the keys it is found under. Nothing here reads the entry's other reports.
 */
@ApplicationScoped
public class EntryUpdater {

    /** Sample reports kept per entry: the first ones, then a rotating window of the latest. */
    static final int SAMPLES = 8;
    private static final int FIRST_SAMPLES = 4;
    static final int MAX_ACTORS = 16;
    private static final int MAX_LOCATIONS = 16;

    private final SalienceScorer salience;

    public EntryUpdater(SalienceScorer salience) {
        this.salience = salience;
    }

    /** Empties the derived description, before the entry is rebuilt from its reports. */
    void reset(TimelineEntry entry) {
        entry.mentionCount = 0;
        entry.sourceCount = 0;
        entry.actors = new ArrayList<>();
        entry.location = null;
        entry.confidence = 0;
        entry.centrality = 0;
        entry.profile = new EntryProfile(List.of(), List.of(), Map.of(), List.of());
    }

    /**
     * @param newOutlet whether the report's outlet had not reported the entry before
     * @return whether the entry must be filed anew under its merge keys (new telling words or a new date)
     */
    boolean add(TimelineEntry entry, Mention mention, MentionFeatures features, boolean newOutlet) {
        boolean first = entry.mentionCount == 0;
        long span = mention.dateEnd.toEpochDay() - mention.dateStart.toEpochDay();
        long entrySpan = entry.dateEnd.toEpochDay() - entry.dateStart.toEpochDay();
        boolean redated = first || span < entrySpan || span == entrySpan && mention.dateStart.isBefore(entry.dateStart);
        if (redated) {
            entry.dateValue = mention.dateValue;
            entry.granularity = mention.granularity;
            entry.dateStart = mention.dateStart;
            entry.dateEnd = mention.dateEnd;
        }
        if (first || mention.status.compareTo(entry.leadStatus) > 0
                || mention.status == entry.leadStatus && mention.confidence > entry.leadConfidence) {
            entry.text = mention.text;
            entry.leadStatus = mention.status;
            entry.leadConfidence = mention.confidence;
        }
        entry.status = first ? mention.status : max(entry.status, mention.status);
        entry.confidence = first ? mention.confidence : Math.max(entry.confidence, mention.confidence);
        entry.mentionCount++;
        if (newOutlet) {
            entry.sourceCount++;
        }
        entry.actors = mergeActors(entry.actors, mention.actors);
        List<String> known = entry.profile == null ? List.of() : entry.profile.words();
        List<String> words = new ArrayList<>(known);
        boolean newWords = false;
        for (String word : MergeKeys.words(features)) {
            if (words.size() < MergeKeys.ENTRY_WORDS && !words.contains(word)) {
                words.add(word);
                newWords = true;
            }
        }
        EntryProfile profile = withReport(entry.profile, entry.mentionCount, features.sample(mention.text),
                newWords ? List.copyOf(words) : known, mention.location, mention.outletKey);
        entry.profile = profile;
        entry.location = mostReported(profile.locations());
        entry.centrality = Math.max(entry.centrality, SalienceScorer.centrality(entry, mention, null));
        entry.salience = salience.score(entry);
        entry.updatedAt = Instant.now();
        return first || redated || newWords;
    }

    /** The keys an entry is filed under as a merge candidate. */
    static String[] keys(TimelineEntry entry) {
        return MergeKeys.filing(entry.profile.words(), entry.dateStart, entry.dateEnd);
    }

    private static EventStatus max(EventStatus a, EventStatus b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The names so far plus the report's, once each by the fullest form; at most {@link #MAX_ACTORS}. */
    static List<String> mergeActors(List<String> known, List<String> reported) {
        List<String> names = new ArrayList<>(known);
        for (String actor : reported) {
            String name = actor.trim();
            if (name.isEmpty()) {
                continue;
            }
            int same = indexOfSame(names, name);
            if (same < 0) {
                if (names.size() < MAX_ACTORS) {
                    names.add(name);
                }
            } else if (Names.words(name).size() > Names.words(names.get(same)).size()) {
                names.set(same, name);
            }
        }
        return names.equals(known) ? known : names;
    }

    private static int indexOfSame(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (Names.same(names.get(i), name)) {
                return i;
            }
        }
        return -1;
    }

    private static EntryProfile withReport(EntryProfile profile, int reports, EntryProfile.Sample sample,
            List<String> words, String location, String outlet) {
        List<EntryProfile.Sample> samples = new ArrayList<>(profile == null ? List.of() : profile.samples());
        if (samples.size() < SAMPLES) {
            samples.add(sample);
        } else {
            samples.set(FIRST_SAMPLES + reports % (SAMPLES - FIRST_SAMPLES), sample);
        }
        Map<String, Integer> locations = new LinkedHashMap<>(profile == null ? Map.of() : profile.locations());
        if (location != null && (locations.containsKey(location) || locations.size() < MAX_LOCATIONS)) {
            locations.merge(location, 1, Integer::sum);
        }
        // A new entry knows its outlets from its first report on; one without a profile yet cannot tell.
        List<String> outlets = profile != null ? profile.outletsWith(outlet) : reports == 1 ? List.of(outlet) : null;
        return new EntryProfile(List.copyOf(samples), words, locations, outlets);
    }

    /** The place most reports give; ties go to the one reported first. */
    private static String mostReported(Map<String, Integer> locations) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : locations.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
