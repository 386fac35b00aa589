package news.timeline.extract.cli;

/** How the offline commands end their process. */
final class ProcessExit {

    private ProcessExit() {
    }

    /** Exits with the command's code, unless it is 0: then the JVM ends by itself once the output is flushed. */
    static void with(int code) {
        if (code != 0) {
            System.exit(code);
        }
    }
}
