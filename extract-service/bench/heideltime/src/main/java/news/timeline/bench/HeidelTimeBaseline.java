package news.timeline.bench;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark baseline: runs HeidelTime (standalone, English, NEWS, TIMEML output, no POS tagger) in one JVM over
 * every {@code .tml} file under IN_DIR, with each file's DCT, and writes a TimeML file at the same relative path
 * under OUT_DIR: the input file with its TEXT tags removed and HeidelTime's TIMEX3 tags inserted instead.
 *
 * <p>Usage: {@code HeidelTimeBaseline IN_DIR OUT_DIR CONFIG_PROPS}
 */
public final class HeidelTimeBaseline {

    private static final Pattern DCT = Pattern.compile(
            "<DCT>\\s*<TIMEX3[^>]*?value=\"(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}):(\\d{2}))?[^\"]*\"");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern TID = Pattern.compile("\\btid=\"t(\\d+)\"");
    private static final String HEADER =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>\n";
    private static final String FOOTER = "\n</TimeML>\n";
    /** Attributes of HeidelTime's TIMEX3 tags that are copied (tid is renumbered). */
    private static final String[] KEPT = {"type", "value", "quant", "freq", "mod"};

    private HeidelTimeBaseline() {
    }

    /** A TimeML input file: the source, where TEXT is, and its content without tags (escaped and unescaped). */
    record Input(String source, int textStart, int textEnd, Date dct, String raw, String plain, int[] plainToRaw) {
    }

    /** One TIMEX3 of HeidelTime's output: offsets in the plain text and the tag's attributes. */
    record Timex(int begin, int end, String tag) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: HeidelTimeBaseline IN_DIR OUT_DIR CONFIG_PROPS");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String config = Path.of(args[2]).toAbsolutePath().toString();
        boolean verbose = Boolean.getBoolean("heideltime.verbose");

        List<Path> files;
        try (Stream<Path> walk = Files.walk(in)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tml")
                    && !p.getFileName().toString().startsWith("._")).sorted().toList();
        }
        Logger root = Logger.getLogger("");
        root.setLevel(verbose ? Level.INFO : Level.WARNING);
        for (var h : root.getHandlers()) {
            h.setLevel(Level.ALL);
        }

        long t0 = System.nanoTime();
        HeidelTimeStandalone heidelTime = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS,
                OutputType.TIMEML, config, POSTagger.NO);
        // No warm-up: the first document's extra cost (JIT, first-use class loading) counts in the loop.
        long initNanos = System.nanoTime() - t0;
        if (!verbose) {
            // TimeMLResultFormatter warns on each overlapping pair of its own TIMEX3s; keep stderr quiet.
            root.setLevel(Level.SEVERE);
        }

        long chars = 0;
        long timexCount = 0;
        long processNanos = 0;
        int failures = 0;
        int mismatches = 0;
        long loopStart = System.nanoTime();
        for (Path file : files) {
            Input input = read(Files.readString(file, StandardCharsets.UTF_8), file);
            chars += input.plain().length();
            long p0 = System.nanoTime();
            String timeml = heidelTime.process(input.plain(), input.dct());
            processNanos += System.nanoTime() - p0;
            List<Timex> timexes = List.of();
            if (timeml == null) {
                failures++;
                System.err.println("HeidelTime failed on " + file);
            } else {
                StringBuilder recovered = new StringBuilder(input.plain().length());
                timexes = parse(timeml, recovered);
                if (!recovered.toString().equals(input.plain())) {
                    mismatches++;
                    System.err.println("text of HeidelTime's output differs from the input's, no TIMEX3 kept: "
                            + file);
                    timexes = List.of();
                }
            }
            timexCount += timexes.size();
            Path target = out.resolve(in.relativize(file).toString());
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.writeString(target, write(input, timexes), StandardCharsets.UTF_8);
        }
        long loopNanos = System.nanoTime() - loopStart;

        System.out.printf(Locale.ROOT, "files:                 %d%n", files.size());
        System.out.printf(Locale.ROOT, "TEXT characters:       %d%n", chars);
        System.out.printf(Locale.ROOT, "TIMEX3 written:        %d%n", timexCount);
        System.out.printf(Locale.ROOT, "failures / mismatches: %d / %d%n", failures, mismatches);
        System.out.printf(Locale.ROOT, "init time:             %.3f s (HeidelTimeStandalone constructor)%n",
                initNanos / 1e9);
        System.out.printf(Locale.ROOT, "annotation loop:       %.3f s wall (read, HeidelTime, map back, write)%n",
                loopNanos / 1e9);
        System.out.printf(Locale.ROOT, "  of which process():  %.3f s%n", processNanos / 1e9);
        System.out.printf(Locale.ROOT, "chars/s (loop):        %.0f%n", chars / (loopNanos / 1e9));
        System.out.printf(Locale.ROOT, "chars/s (process()):   %.0f%n", chars / (processNanos / 1e9));
    }

    /** Splits a TimeML file into its parts; TEXT loses its tags, and its escapes are resolved in {@code plain}. */
    static Input read(String source, Path file) {
        int open = source.indexOf("<TEXT>");
        int close = source.lastIndexOf("</TEXT>");
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("no <TEXT> element in " + file);
        }
        int textStart = open + "<TEXT>".length();
        Matcher dm = DCT.matcher(source);
        if (!dm.find() || dm.start() > open) {
            throw new IllegalArgumentException("no DCT in " + file);
        }
        LocalTime time = dm.group(2) == null ? LocalTime.MIDNIGHT
                : LocalTime.of(Integer.parseInt(dm.group(2)), Integer.parseInt(dm.group(3)));
        // HeidelTimeStandalone formats the Date in the default time zone: build it in that zone too.
        Date dct = Date.from(LocalDateTime.of(LocalDate.parse(dm.group(1)), time)
                .atZone(ZoneId.systemDefault()).toInstant());

        StringBuilder raw = new StringBuilder(close - textStart);
        StringBuilder plain = new StringBuilder(close - textStart);
        int[] map = new int[close - textStart + 1];
        int i = textStart;
        while (i < close) {
            char c = source.charAt(i);
            if (c == '<') {
                int end = source.indexOf('>', i);
                i = end + 1;
                continue;
            }
            if (c == '&') {
                int semi = source.indexOf(';', i);
                if (semi > i && semi - i <= 10) {
                    String entity = source.substring(i, semi + 1);
                    String resolved = unescape(entity);
                    for (int k = 0; k < resolved.length(); k++) {
                        map[plain.length()] = raw.length();
                        plain.append(resolved.charAt(k));
                    }
                    raw.append(entity);
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
        return new Input(source, textStart, close, dct, raw.toString(), plain.toString(),
                java.util.Arrays.copyOf(map, plain.length() + 1));
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

    /**
     * Reads HeidelTime's TIMEML output (the document text, unescaped, with TIMEX3 and TIMEX3INTERVAL tags
     * inserted): appends the text without those tags to {@code text} and returns the TIMEX3s with offsets in it.
     * Only HeidelTime's own tag names are taken as tags, so a '&lt;' of the text stays text.
     */
    static List<Timex> parse(String timeml, StringBuilder text) {
        int from = timeml.startsWith(HEADER) ? HEADER.length() : 0;
        int to = timeml.endsWith(FOOTER) ? timeml.length() - FOOTER.length() : timeml.length();
        List<Timex> timexes = new ArrayList<>();
        int begin = -1;
        String tag = null;
        int i = from;
        while (i < to) {
            char c = timeml.charAt(i);
            if (c == '<') {
                int end = timeml.indexOf('>', i);
                if (end > 0 && end < to) {
                    String t = timeml.substring(i, end + 1);
                    if (t.startsWith("<TIMEX3 ") || t.equals("<TIMEX3>")) {
                        begin = text.length();
                        tag = t;
                        i = end + 1;
                        continue;
                    }
                    if (t.equals("</TIMEX3>")) {
                        if (tag != null) {
                            timexes.add(new Timex(begin, text.length(), tag));
                        }
                        tag = null;
                        i = end + 1;
                        continue;
                    }
                    if (t.startsWith("<TIMEX3INTERVAL") || t.equals("</TIMEX3INTERVAL>")) {
                        i = end + 1;
                        continue;
                    }
                }
            }
            text.append(c);
            i++;
        }
        return timexes;
    }

    /** The input file with its TEXT content replaced by the tag-free raw text plus the given TIMEX3 tags. */
    static String write(Input input, List<Timex> timexes) {
        String source = input.source();
        // tids: t1, t2, ... skipping the DCT's (and any other tid outside TEXT)
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        Matcher tm = TID.matcher(source.substring(0, input.textStart() - "<TEXT>".length()));
        while (tm.find()) {
            taken.add(Integer.parseInt(tm.group(1)));
        }
        taken.add(0);
        StringBuilder sb = new StringBuilder(source.length() + timexes.size() * 80);
        sb.append(source, 0, input.textStart());
        String raw = input.raw();
        int rawPos = 0;
        int next = 1;
        for (Timex t : timexes) {
            int rb = input.plainToRaw()[t.begin()];
            int re = input.plainToRaw()[t.end()];
            while (taken.contains(next)) {
                next++;
            }
            sb.append(raw, rawPos, rb);
            sb.append("<TIMEX3 tid=\"t").append(next++).append('"');
            for (String name : KEPT) {
                String v = attribute(t.tag(), name);
                if (v != null && !v.isEmpty()) {
                    sb.append(' ').append(name).append("=\"").append(escapeAttribute(v)).append('"');
                }
            }
            sb.append('>').append(raw, rb, re).append("</TIMEX3>");
            rawPos = re;
        }
        sb.append(raw, rawPos, raw.length());
        sb.append(source, input.textEnd(), source.length());
        return sb.toString();
    }

    private static String attribute(String tag, String name) {
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return null;
    }

    private static String escapeAttribute(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
