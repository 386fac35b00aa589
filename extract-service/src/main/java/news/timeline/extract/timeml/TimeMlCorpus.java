package news.timeline.extract.timeml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The TimeML files ({@code *.tml}) under a directory, in a stable order. */
public final class TimeMlCorpus {

    private TimeMlCorpus() {
    }

    public static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tml")
                    && !p.getFileName().toString().startsWith("._")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
