package news.timeline.extract.timeml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML file read for TIMEX3 work: its DCT, the content of {@code <TEXT>} without any tags (still escaped,
 * as in the file, and unescaped for tagging, with a map between the two) and the TIMEX3 tags found there.
 */
public final class TimeMlDocument {
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*?value=\"(\\d{4}-\\d{2}-\\d{2})[^\"]*\"");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final String source;
    private final int textStart;
    private final int textEnd;
    private final LocalDate dct;
    private final String rawText;
    private final String plainText;
    private final int[] plainToRaw;
    private final List<AnnotatedTimex> timexes;

    private TimeMlDocument(String source, int textStart, int textEnd, LocalDate dct, String rawText,
                           String plainText, int[] plainToRaw, List<AnnotatedTimex> timexes) {
        this.source = source;
        this.textStart = textStart;
        this.textEnd = textEnd;
        this.dct = dct;
        this.rawText = rawText;
        this.plainText = plainText;
        this.plainToRaw = plainToRaw;
        this.timexes = timexes;
    }

    public static TimeMlDocument parse(String source) {
        int open = source.indexOf("<TEXT>");
        int close = source.lastIndexOf("</TEXT>");
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("no <TEXT> element");
        }
        int textStart = open + "<TEXT>".length();
        Matcher dm = DCT.matcher(source);
        LocalDate dct = dm.find() && dm.start() < open ? LocalDate.parse(dm.group(1)) : null;

        StringBuilder raw = new StringBuilder(close - textStart);
        StringBuilder plain = new StringBuilder(close - textStart);
        int[] map = new int[close - textStart + 1];
        List<AnnotatedTimex> timexes = new ArrayList<>();
        int timexStart = -1;
        String[] timexAttributes = null;
        int i = textStart;
        while (i < close) {
            char c = source.charAt(i);
            if (c == '<') {
                int end = source.indexOf('>', i);
                String tag = source.substring(i, end + 1);
                if (tag.startsWith("<TIMEX3")) {
                    timexStart = plain.length();
                    timexAttributes = attributes(tag);
                } else if (tag.startsWith("</TIMEX3") && timexAttributes != null) {
                    timexes.add(new AnnotatedTimex(timexStart, plain.length(), timexAttributes[0], timexAttributes[1],
                            timexAttributes[2]));
                    timexAttributes = null;
                }
                i = end + 1;
                continue;
            }
            if (c == '&') {
                int semi = source.indexOf(';', i);
                if (semi > i && semi - i <= 10) {
                    map[plain.length()] = raw.length();
                    plain.append(unescape(source.substring(i, semi + 1)));
                    raw.append(source, i, semi + 1);
                    i = semi + 1;
                    continue;
                }
            }
            map[plain.length()] = raw.length();
            plain.append(c);
            raw.append(c);
            i++;
        }
        map[plain.length()] = raw.length();
        int[] plainToRaw = java.util.Arrays.copyOf(map, plain.length() + 1);
        return new TimeMlDocument(source, textStart, close, dct, raw.toString(), plain.toString(), plainToRaw,
                List.copyOf(timexes));
    }

    private static String[] attributes(String tag) {
        String[] result = new String[3];
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            switch (m.group(1)) {
                case "type" -> result[0] = m.group(2);
                case "value" -> result[1] = m.group(2);
                case "mod" -> result[2] = m.group(2);
                default -> { }
            }
        }
        return result;
    }

    private static String unescape(String entity) {
        return switch (entity) {
            case "&amp;" -> "&";
            case "&lt;" -> "<";
            case "&gt;" -> ">";
            case "&quot;" -> "\"";
            case "&apos;" -> "'";
            default -> entity.startsWith("&#x") ? new String(Character.toChars(Integer.parseInt(
                    entity.substring(3, entity.length() - 1), 16)))
                    : entity.startsWith("&#") ? new String(Character.toChars(Integer.parseInt(
                    entity.substring(2, entity.length() - 1)))) : entity;
        };
    }

    /** The whole file. */
    public String source() {
        return source;
    }

    /** Offset in {@link #source()} just after {@code <TEXT>}. */
    public int textStart() {
        return textStart;
    }

    /** Offset in {@link #source()} of {@code </TEXT>}. */
    public int textEnd() {
        return textEnd;
    }

    /** The DCT, or null when the file has none. */
    public LocalDate dct() {
        return dct;
    }

    /** The TEXT content with its tags removed, escapes kept. */
    public String rawText() {
        return rawText;
    }

    /** The TEXT content as characters: no tags, escapes resolved. */
    public String plainText() {
        return plainText;
    }

    /** The offset in {@link #rawText()} of a character offset of {@link #plainText()} (length included). */
    public int rawOffset(int plainOffset) {
        return plainToRaw[plainOffset];
    }

    /** The TIMEX3 tags of the TEXT content, offsets in {@link #plainText()}. */
    public List<AnnotatedTimex> timexes() {
        return timexes;
    }
}
