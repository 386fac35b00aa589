package news.timeline.contract;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A run of {@code ./timeline reprocess}: its id travels in the header {@link #HEADER} of each article it re-sends to
 * {@link Topics#ARTICLES_REPROCESS}, then as {@link ArticleEventsMessage#reprocessRun()}, so that timeline-service can
 * count what the run changed under that id.
 */
public final class ReprocessRun {

    public static final String HEADER = "reprocess-run";
    public static final int MAX_LENGTH = 64;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReprocessRun() {
    }

    /** A new run id: its start time, readable, and random bits so that two runs started in one second differ. */
    public static String newId(Instant start) {
        byte[] bits = new byte[3];
        RANDOM.nextBytes(bits);
        return STAMP.format(start) + "-" + HexFormat.of().formatHex(bits);
    }

    /** Letters, digits, '.', '_' and '-', at most {@link #MAX_LENGTH}: safe in a URL path and a log line. */
    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
