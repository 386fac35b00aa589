package news.timeline.ingest.feed;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP answer of a feed or page server.
 *
 * @param body        empty unless the status is 200
 * @param retryAfter  the {@code Retry-After} of a 429 or 503, when given
 */
record FetchResult(int status, byte[] body, String contentType, String etag, String lastModified,
        Optional<Duration> retryAfter) {

    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    boolean isJson() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    boolean isHtml() {
        return contentType == null || contentType.toLowerCase(Locale.ROOT).contains("html");
    }

    /** The body as text, in the charset of its Content-Type, else UTF-8. */
    String text() {
        Charset charset = StandardCharsets.UTF_8;
        Matcher m = contentType == null ? null : CHARSET.matcher(contentType);
        if (m != null && m.find()) {
            try {
                charset = Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                // an unknown charset name: UTF-8 is the best guess
            }
        }
        return new String(body, charset);
    }
}
