package news.timeline.extract.timeml;

import java.util.List;
import news.timeline.extract.temporal.Timex;

/**
 * Writes a TimeML document annotated with TIMEX3 tags: everything before {@code <TEXT>} as in the input (so the
 * DCT keeps tid t0), then the TEXT content exactly as in the input, tags removed, with the new TIMEX3 tags
 * inserted, then the closing tags. Events, signals and links of the input are left out.
 */
public final class TimeMlWriter {

    private TimeMlWriter() {
    }

    public static String write(TimeMlDocument doc, List<Timex> timexes) {
        String raw = doc.rawText();
        StringBuilder out = new StringBuilder(doc.textStart() + raw.length() + timexes.size() * 120 + 32);
        out.append(doc.source(), 0, doc.textStart());
        int copied = 0;
        int id = 1;
        for (Timex t : timexes) {
            int from = doc.rawOffset(t.start());
            int to = doc.rawOffset(t.end());
            out.append(raw, copied, from);
            out.append("<TIMEX3 tid=\"t").append(id++).append("\" type=\"").append(t.type())
                    .append("\" value=\"").append(escape(t.value())).append('"');
            if (t.mod() != null) {
                out.append(" mod=\"").append(t.mod()).append('"');
            }
            if (t.freq() != null) {
                out.append(" freq=\"").append(t.freq()).append('"');
            }
            if (t.quant() != null) {
                out.append(" quant=\"").append(t.quant()).append('"');
            }
            out.append(" temporalFunction=\"").append(t.relative()).append("\" functionInDocument=\"NONE\"");
            if (t.relative() && doc.dct() != null) {
                out.append(" anchorTimeID=\"t0\"");
            }
            out.append('>');
            out.append(raw, from, to);
            out.append("</TIMEX3>");
            copied = to;
        }
        out.append(raw, copied, raw.length());
        out.append("</TEXT>\n\n</TimeML>\n");
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
