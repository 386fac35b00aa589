package news.timeline.timeline.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Article text is data, never markup: what goes into an HTML field is escaped, and only web URLs become links. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link to {@code url} when it is an absolute http(s) URL, else the label as plain text. */
    static String link(String url, String label) {
        return webUrl(url) ? "<a href=\"" + escape(url) + "\">" + escape(label) + "</a>" : escape(label);
    }

    static boolean webUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.getHost() != null && (scheme.equals("http") || scheme.equals("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
