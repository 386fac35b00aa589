package news.timeline.ingest.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.Arrays;

/**
 * Stable article ids: the same article posted twice gets the same id, so it is one article downstream. The id is
 * a hash of the canonical URL when there is one (tracking parameters and fragments do not make a new article),
 * else of the whitespace-normalized text.
 */
final class ArticleIds {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int ID_BYTES = 16;

    private ArticleIds() {
    }

    static String of(URI url, String text) {
        return url != null ? hash("url:" + canonical(url)) : hash("text:" + WHITESPACE.matcher(text.strip()).replaceAll(" "));
    }

    static String canonical(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = url.getRawQuery() == null ? "" : Arrays.stream(url.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_"))
                .sorted()
                .collect(Collectors.joining("&"));
        int port = url.getPort();
        return host + (port == -1 ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
