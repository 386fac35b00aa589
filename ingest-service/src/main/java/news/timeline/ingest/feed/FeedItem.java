package news.timeline.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * One item of a feed, whatever its format. Dates are ISO-8601 instants or null.
 *
 * @param html    the full content as HTML (RSS {@code content:encoded}, Atom {@code content}, JSON Feed
 *                {@code content_html}), or null
 * @param text    the full content as plain text (JSON Feed {@code content_text}), or null
 * @param summary a summary as HTML (RSS {@code description}, Atom {@code summary}, JSON Feed {@code summary}), or null
 */
record FeedItem(String guid, String link, String title, String published, String updated, String html, String text,
        String summary) {

    boolean hasContent() {
        return !isBlank(html) || !isBlank(text);
    }

    /**
     * Tells one version of one item from any other: an item polled again unchanged has the same fingerprint and is
     * not sent again; an item edited since (new content, new date) has another and is sent again, as the same
     * article (its id comes from its link).
     */
    String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Stream.of(guid, link, title, published, updated, html, text, summary).forEach(part -> {
                sha.update((part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            });
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
