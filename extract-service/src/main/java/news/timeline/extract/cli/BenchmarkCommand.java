package news.timeline.extract.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import news.timeline.extract.event.ArticleText;
import news.timeline.extract.event.EventExtractor;
import news.timeline.extract.temporal.TemporalTagger;
import news.timeline.extract.timeml.TimeMlCorpus;
import news.timeline.extract.timeml.TimeMlDocument;

/**
 * {@code BenchmarkCommand [TBAQ_DIR]} ({@code --help} prints the usage): throughput of the temporal tagger on the TBAQ texts (single thread, after
 * warm-up) against two baselines measured in the same run on the same texts: a plain tokenizing pass and a naive
 * regex tagger; the whole event extraction of the same texts (page furniture, sentences, statuses, actors: what
 * extract-service does per article), as a multiple of the tagger's time; allocation per document; the heap the loaded rules keep; and timings on pathological inputs
 * (long digit runs, repeated month names, 1 MB and 10 MB synthetic articles) to show linear scaling; and, when
 * {@code shared.data.dir} holds Timeline17, the whole extraction of its real news pages. Run it with the
 * same JVM flags and machine load for a before/after comparison: the figures are absolute.
 */
public final class BenchmarkCommand {
    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");
    private static final Pattern NAIVE_DATES = Pattern.compile(
            "(?i)\\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?"
                    + "|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "|(?:last|next|this)\\s+(?:week|month|year)|\\d{4}|(?:yester|to)day)\\b");

    private static final String USAGE = "usage: BenchmarkCommand [TBAQ_DIR] (a folder of TimeML files;"
            + " default ../shared/data/tempeval3/tbaq)";

    private BenchmarkCommand() {
    }

    public static void main(String[] args) {
        ProcessExit.with(run(args, System.out, System.err));
    }

    /** Runs the benchmark; returns the process exit code (0 ok, 2 bad arguments or no TimeML files). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            out.println(USAGE);
            return 0;
        }
        if (args.length > 1 || args.length == 1 && args[0].startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("shared.data.dir", "../shared/data")
                + "/tempeval3/tbaq");
        if (!Files.isDirectory(dir)) {
            err.println("no such directory: " + dir);
            return 2;
        }
        List<TimeMlDocument> docs = new ArrayList<>();
        for (Path f : TimeMlCorpus.files(dir)) {
            docs.add(TimeMlDocument.parse(read(f)));
        }
        if (docs.isEmpty()) {
            err.println("no TimeML files under " + dir);
            return 2;
        }
        measure(docs, out);
        Path pages = Path.of(System.getProperty("shared.data.dir", "../shared/data"), "timeline17");
        if (Files.isDirectory(pages)) {
            newsPages(pages, out);
        }
        return 0;
    }

    /** A news page of the Timeline17 corpus: its text and the date its feed gave. */
    private record Page(String text, LocalDate published) {
    }

    /**
     * Whole extraction of real news pages (Timeline17: pages of up to 240,000 characters, with reader comments and
     * furniture), once with the feed's date and once inferring it from the text, and the slowest page of each: the
     * cost per character of a page should not grow with its length.
     */
    private static void newsPages(Path dir, PrintStream out) {
        List<Page> pages = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (var topics = Files.list(dir)) {
            for (Path topic : topics.sorted().toList()) {
                Path file = topic.resolve("articles.jsonl");
                if (!Files.exists(file)) {
                    continue;
                }
                for (String line : Files.readAllLines(file)) {
                    JsonNode page = json.readTree(line);
                    pages.add(new Page(page.get("text").asText(),
                            LocalDate.parse(page.get("publishedAt").asText().substring(0, 10))));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long chars = pages.stream().mapToLong(p -> p.text().length()).sum();
        EventExtractor extractor = new EventExtractor(TemporalTagger.load());
        out.printf("news pages (Timeline17): %d pages, %,d characters, best of 3 after 2 warm-up passes%n",
                pages.size(), chars);
        for (boolean given : new boolean[] {true, false}) {
            for (int i = 0; i < 2; i++) {
                extractPages(extractor, pages, given, new long[2]);
            }
            long[] slowest = new long[2];
            double best = best(3, () -> extractPages(extractor, pages, given, slowest));
            out.printf("  %-22s %,12.0f chars/s %6.2f ms per page; slowest page %,d chars in %.1f ms%n",
                    given ? "feed's date given" : "date inferred", chars / best, best * 1e3 / pages.size(),
                    slowest[1], slowest[0] / 1e6);
        }
    }

    /** @param slowest gets the longest time one page took (ns) and that page's length */
    private static void extractPages(EventExtractor extractor, List<Page> pages, boolean given, long[] slowest) {
        for (Page page : pages) {
            long start = System.nanoTime();
            sink += extractor.extract(new ArticleText(null, page.text(), given ? page.published() : null))
                    .events().size();
            long took = System.nanoTime() - start;
            if (took > slowest[0]) {
                slowest[0] = took;
                slowest[1] = page.text().length();
            }
        }
    }

    private static void measure(List<TimeMlDocument> docs, PrintStream out) {
        long chars = docs.stream().mapToLong(d -> d.plainText().length()).sum();

        long heapBefore = usedHeap();
        TemporalTagger tagger = TemporalTagger.load();
        long ruleHeap = usedHeap() - heapBefore;

        EventExtractor extractor = new EventExtractor(tagger);
        for (int i = 0; i < 20; i++) {
            tagAll(tagger, docs);
            extractAll(extractor, docs);
            tokenizeAll(docs);
            regexAll(docs);
        }
        int rounds = 20;
        double tagger_s = best(rounds, () -> tagAll(tagger, docs));
        double tokens_s = best(rounds, () -> tokenizeAll(docs));
        double regex_s = best(rounds, () -> regexAll(docs));
        double extract_s = best(rounds, () -> extractAll(extractor, docs));

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long allocBefore = threads.getThreadAllocatedBytes(tid);
        tagAll(tagger, docs);
        long allocated = threads.getThreadAllocatedBytes(tid) - allocBefore;

        out.printf("TBAQ: %d documents, %,d characters%n", docs.size(), chars);
        out.printf("temporal tagger      %,14.0f chars/s  (%.1f ms per pass)%n", chars / tagger_s, tagger_s * 1e3);
        out.printf("baseline tokenizer   %,14.0f chars/s  (regex \\w+ scan; tagger takes %.2fx its time)%n",
                chars / tokens_s, tagger_s / tokens_s);
        out.printf("baseline naive regex %,14.0f chars/s  (tagger takes %.2fx its time)%n",
                chars / regex_s, tagger_s / regex_s);
        out.printf("event extractor      %,14.0f chars/s  (whole article: furniture, sentences, dates, events;"
                + " %.2fx the tagger's time)%n", chars / extract_s, extract_s / tagger_s);
        out.printf("allocation           %,14d bytes per document (%.1f bytes per character)%n",
                allocated / docs.size(), (double) allocated / chars);
        out.printf("resident rule heap   %,14d bytes (%.2f MB)%n", ruleHeap, ruleHeap / 1048576.0);

        out.println("pathological inputs (best of 10, of 3 above 2 M chars):");
        String article = String.join("\n\n", docs.stream().map(TimeMlDocument::plainText).toList());
        pathological(tagger, out, "digit run 100k", "1".repeat(100_000));
        pathological(tagger, out, "digit run 1M", "1".repeat(1_000_000));
        pathological(tagger, out, "month names 100k", "July ".repeat(20_000));
        pathological(tagger, out, "month names 1M", "July ".repeat(200_000));
        String oneMb = repeatTo(article, 1 << 20);
        String tenMb = repeatTo(article, 10 << 20);
        double t1 = pathological(tagger, out, "article 1 MB", oneMb);
        double t10 = pathological(tagger, out, "article 10 MB", tenMb);
        out.printf("10 MB / 1 MB time ratio: %.2f (linear: 10)%n", t10 / t1);
    }

    /** Best of several runs: enough for the JIT to compile the paths an input takes, a few for the largest. */
    private static double pathological(TemporalTagger tagger, PrintStream out, String name, String text) {
        int rounds = text.length() > 2_000_000 ? 3 : 10;
        double best = best(rounds, () -> tagger.tag(text, java.time.LocalDate.of(2018, 7, 16)));
        out.printf("  %-18s %,12d chars %9.1f ms %,14.0f chars/s%n", name, text.length(), best * 1e3,
                text.length() / best);
        return best;
    }

    private static String repeatTo(String s, int length) {
        StringBuilder b = new StringBuilder(length + s.length());
        while (b.length() < length) {
            b.append(s).append("\n\n");
        }
        return b.substring(0, length);
    }

    private static int sink;

    private static void tagAll(TemporalTagger tagger, List<TimeMlDocument> docs) {
        for (TimeMlDocument d : docs) {
            sink += tagger.tag(d.plainText(), d.dct()).size();
        }
    }

    private static void extractAll(EventExtractor extractor, List<TimeMlDocument> docs) {
        for (TimeMlDocument d : docs) {
            sink += extractor.extract(new ArticleText(null, d.plainText(), d.dct())).events().size();
        }
    }

    private static void tokenizeAll(List<TimeMlDocument> docs) {
        for (TimeMlDocument d : docs) {
            Matcher m = TOKEN.matcher(d.plainText());
            while (m.find()) {
                sink += m.end();
            }
        }
    }

    private static void regexAll(List<TimeMlDocument> docs) {
        for (TimeMlDocument d : docs) {
            Matcher m = NAIVE_DATES.matcher(d.plainText());
            while (m.find()) {
                sink += m.end();
            }
        }
    }

    private static double best(int rounds, Runnable r) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        return best;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
