package news.timeline.extract.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.timeline.extract.temporal.TemporalTagger;
import news.timeline.extract.temporal.Timex;
import news.timeline.extract.timeml.TimeMlCorpus;
import news.timeline.extract.timeml.TimeMlDocument;
import news.timeline.extract.timeml.TimeMlWriter;

/**
 * {@code TimeMlCommand IN_DIR OUT_DIR}: annotates every TimeML file under IN_DIR with TIMEX3 tags (the text's
 * own tags dropped, the DCT read from {@code <DCT>}) and writes it under the same relative path in OUT_DIR.
 */
public final class TimeMlCommand {

    private TimeMlCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TimeMlCommand IN_DIR OUT_DIR");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long started = System.nanoTime();
        TemporalTagger tagger = TemporalTagger.load();
        List<Path> files = TimeMlCorpus.files(in);
        long chars = 0;
        int timexes = 0;
        for (Path file : files) {
            TimeMlDocument doc = TimeMlDocument.parse(Files.readString(file, StandardCharsets.UTF_8));
            List<Timex> found = tagger.tag(doc.plainText(), doc.dct());
            Path target = out.resolve(in.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.writeString(target, TimeMlWriter.write(doc, found), StandardCharsets.UTF_8);
            chars += doc.plainText().length();
            timexes += found.size();
        }
        System.out.printf("%d files, %d characters, %d TIMEX3 in %.2f s%n", files.size(), chars, timexes,
                (System.nanoTime() - started) / 1e9);
    }
}
