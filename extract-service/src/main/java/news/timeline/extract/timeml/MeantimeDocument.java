package news.timeline.extract.timeml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document of the MEANTIME corpus (NewsReader's CAT format: one {@code <token>} element per token, TIMEX3
 * markables anchored to token ids), read as a TimeML gold document: the tokens joined by single spaces, one sentence
 * a line; the DCT is the markable whose {@code functionInDocument} is {@code CREATION_TIME}, which stays a gold
 * TIMEX3 of the text too (it is the article's date line). MEANTIME annotates only the title, the date line and the
 * first four sentences of each article, so the text stops there. Markables without tokens (MEANTIME's implicit
 * times) are not in the text, so they are left out.
 */
public final class MeantimeDocument {
    private static final Pattern TOKEN = Pattern.compile(
            "<token\\b[^>]*?sentence=\"(\\d+)\"[^>]*?t_id=\"(\\d+)\"[^>]*>([^<]*)</token>");
    private static final Pattern TIMEX = Pattern.compile("<TIMEX3\\b([^>]*?)(/>|>(.*?)</TIMEX3>)", Pattern.DOTALL);
    private static final Pattern ANCHOR = Pattern.compile("<token_anchor t_id=\"(\\d+)\"");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final int ANNOTATED_SENTENCES = 6;

    private final LocalDate dct;
    private final String plainText;
    private final List<AnnotatedTimex> timexes;

    private MeantimeDocument(LocalDate dct, String plainText, List<AnnotatedTimex> timexes) {
        this.dct = dct;
        this.plainText = plainText;
        this.timexes = timexes;
    }

    /** Whether the XML source is a MEANTIME (CAT) document rather than TimeML. */
    public static boolean isMeantime(String source) {
        return source.contains("<Document") && source.contains("<token ");
    }

    public static MeantimeDocument parse(String source) {
        StringBuilder text = new StringBuilder();
        Map<String, int[]> spans = new LinkedHashMap<>();
        String sentence = null;
        Matcher tm = TOKEN.matcher(source);
        while (tm.find() && Integer.parseInt(tm.group(1)) < ANNOTATED_SENTENCES) {
            if (sentence != null) {
                text.append(tm.group(1).equals(sentence) ? " " : "\n");
            }
            sentence = tm.group(1);
            int start = text.length();
            text.append(unescape(tm.group(3)));
            spans.put(tm.group(2), new int[] {start, text.length()});
        }
        LocalDate dct = null;
        List<AnnotatedTimex> timexes = new ArrayList<>();
        Matcher xm = TIMEX.matcher(source);
        while (xm.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher am = ATTRIBUTE.matcher(xm.group(1));
            while (am.find()) {
                attributes.put(am.group(1), am.group(2));
            }
            String value = attributes.getOrDefault("value", "");
            if ("CREATION_TIME".equals(attributes.get("functionInDocument")) && value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                dct = LocalDate.parse(value.substring(0, 10));
            }
            int start = Integer.MAX_VALUE;
            int end = -1;
            Matcher an = ANCHOR.matcher(xm.group(3) == null ? "" : xm.group(3));
            while (an.find()) {
                int[] span = spans.get(an.group(1));
                if (span != null) {
                    start = Math.min(start, span[0]);
                    end = Math.max(end, span[1]);
                }
            }
            if (end > start) {
                String mod = attributes.get("mod");
                timexes.add(new AnnotatedTimex(start, end, attributes.getOrDefault("type", ""), value,
                        mod == null || mod.isEmpty() ? null : mod));
            }
        }
        timexes.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new MeantimeDocument(dct, text.toString(), List.copyOf(timexes));
    }

    public LocalDate dct() {
        return dct;
    }

    public String plainText() {
        return plainText;
    }

    public List<AnnotatedTimex> timexes() {
        return timexes;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
