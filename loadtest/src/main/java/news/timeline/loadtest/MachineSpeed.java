package news.timeline.loadtest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed single-thread workload timed within the run, so that the figures of runs on different machines, or on a
 * virtual machine whose share of its host changed, can be compared: per-article CPU and rates scale with it. It is the
 * baseline of the engine's benchmark ({@code ./timeline bench}: a {@code \w+} scan), over the load test's own corpus.
 */
public final class MachineSpeed {

    private static final Pattern WORD = Pattern.compile("\\w+");
    private static final int TEXT_CHARS = 1 << 20;
    private static final long WARM_UP_NANOS = 1_000_000_000L;

    /** The best of {@code passes} timed scans of {@code chars} characters. */
    public record Reading(double megaCharsPerSecond, int passes, int chars) {
    }

    private MachineSpeed() {
    }

    /** About 1 M characters of the corpus's sentences, repeated if it is smaller. */
    static String referenceText(Corpus corpus) {
        StringBuilder text = new StringBuilder(TEXT_CHARS + 1024);
        while (text.length() < TEXT_CHARS) {
            int before = text.length();
            for (var topic : corpus.topics()) {
                for (var source : topic) {
                    for (String sentence : source.sentences()) {
                        text.append(sentence).append(' ');
                        if (text.length() >= TEXT_CHARS) {
                            return text.toString();
                        }
                    }
                }
            }
            if (text.length() == before) {
                throw new IllegalArgumentException("the corpus has no text to time a scan on");
            }
        }
        return text.toString();
    }

    /** Warms up for a second, then keeps the best of {@code passes} scans (the least disturbed by other work). */
    public static Reading measure(String text, int passes) {
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            words(text);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            words(text);
            best = Math.min(best, System.nanoTime() - start);
        }
        return new Reading(text.length() / (best / 1e9) / 1e6, passes, text.length());
    }

    /** The words of {@code text}; the count keeps the scan from being optimized away. */
    static int words(CharSequence text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
