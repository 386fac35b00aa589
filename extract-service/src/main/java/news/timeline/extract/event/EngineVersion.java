package news.timeline.extract.event;

/**
 * The version of the extraction engine (temporal tagger, event rules, status cues), written on every
 * {@code article-events} record, so that the events an older engine produced can be told apart and extracted again.
 * Bump it with every change that alters what an article yields.
 */
public final class EngineVersion {

    public static final String CURRENT = "1.7";

    private EngineVersion() {
    }
}
