package news.timeline.extract.timeml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The TimeML files ({@code *.tml}) under a directory, in a stable order; for scoring, MEANTIME's {@code *.xml} too. */
public final class TimeMlCorpus {

    private TimeMlCorpus() {
    }

    public static List<Path> files(Path dir) {
        return list(dir, ".tml");
    }

    /** The gold documents under a directory: TimeML files and MEANTIME (CAT) files. */
    public static List<Path> goldFiles(Path dir) {
        return list(dir, ".tml", ".xml");
    }

    private static List<Path> list(Path dir, String... extensions) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("._")
                    && Stream.of(extensions).anyMatch(p.getFileName().toString()::endsWith)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
