package news.timeline.contract;

import java.util.Optional;

/**
 * The version of the message schemas, {@code major.minor}, carried by every message as {@code schemaVersion}. A minor
 * version only adds optional fields, which older consumers ignore; a new major version may rename, drop or retype
 * fields, so a consumer refuses (dead-letters) a major version it does not know rather than read it wrongly. A
 * message without {@code schemaVersion} comes from a producer older than the field and is read as 1.x.
 */
public final class SchemaVersion {

    /**
     * 1.1 added {@code engineVersion} to {@link ArticleEventsMessage}, 1.2 its {@code reprocessRun} (and the topic
     * {@link Topics#ARTICLES_REPROCESS}), 1.3 its {@code leads}.
     */
    public static final String CURRENT = "1.3";
    public static final int MAJOR = 1;

    private SchemaVersion() {
    }

    /** Why a message of this version cannot be read here, or empty when it can. */
    public static Optional<String> unreadable(String version) {
        if (version == null) {
            return Optional.empty();
        }
        int dot = version.indexOf('.');
        String major = dot < 0 ? version : version.substring(0, dot);
        try {
            if (Integer.parseInt(major.trim()) == MAJOR) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.of("schemaVersion '" + version + "' is not major.minor");
        }
        return Optional.of("schemaVersion " + version + " has major version " + major.trim()
                + ", this consumer reads major version " + MAJOR + " only");
    }
}
