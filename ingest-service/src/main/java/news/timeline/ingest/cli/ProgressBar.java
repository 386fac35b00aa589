package news.timeline.ingest.cli;

import java.io.PrintStream;

/** A one-line progress bar redrawn in place ({@code \r}): done of total, and what the caller adds. */
final class ProgressBar {

    private static final int WIDTH = 40;
    private final PrintStream err;

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    void draw(long done, long total, String note) {
        int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
        err.printf("\r[%s%s] %d/%d%s\033[K", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total,
                note.isEmpty() ? "" : " " + note);
        err.flush();
    }

    void finish() {
        err.println();
    }
}
