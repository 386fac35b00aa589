package news.timeline.loadtest;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr, redrawn every second; a plain line every ten seconds when not a terminal. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private final int total;
    private final PrintStream err = System.err;
    private final boolean terminal = System.console() != null;
    private int drawn;

    ProgressBar(int total) {
        this.total = total;
    }

    void draw(Sample s, Tracker tracker) {
        int accepted = (int) Math.round((double) s.accepted() / Math.max(1, total) * WIDTH);
        int stored = (int) Math.round((double) s.stored() / Math.max(1, total) * WIDTH);
        StringBuilder bar = new StringBuilder();
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < stored ? '#' : i < accepted ? '=' : '.');
        }
        String line = String.format(Locale.ROOT,
                "[%s] %4.0fs accepted %d/%d stored %d | %.0f in/s %.0f stored/s | lag %s / %s%s",
                bar, s.elapsed(), s.accepted(), total, s.stored(), s.acceptedPerSecond(), s.storedPerSecond(),
                lag(s.lagArticles()), lag(s.lagEvents()),
                tracker.retries() > 0 ? " | retries " + tracker.retries() : "");
        if (terminal) {
            err.print("\r" + line + "\033[K");
            err.flush();
        } else if (drawn++ % 10 == 0) {
            err.println(line);
        }
    }

    void finish() {
        if (terminal) {
            err.println();
        }
    }

    private static String lag(long lag) {
        return lag < 0 ? "?" : String.valueOf(lag);
    }
}
