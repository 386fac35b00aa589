package news.timeline.extract.timeml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import news.timeline.extract.temporal.TemporalTagger;
import news.timeline.extract.temporal.Timex;

/** Scores TIMEX3 annotations against a gold TimeML corpus, from system files or by running the tagger. */
public final class TimexEvaluation {

    private TimexEvaluation() {
    }

    /** Scores the tagger run on each gold file's text and DCT (TimeML files, or MEANTIME's CAT files). */
    public static TimexScore ofTagger(Path goldDir, TemporalTagger tagger) {
        TimexScore score = new TimexScore();
        for (Path file : TimeMlCorpus.goldFiles(goldDir)) {
            String source = read(file);
            if (MeantimeDocument.isMeantime(source)) {
                MeantimeDocument gold = MeantimeDocument.parse(source);
                score.add(goldDir.relativize(file).toString(), gold.plainText(), gold.timexes(),
                        tag(tagger, gold.plainText(), gold.dct()));
            } else if (file.toString().endsWith(".tml")) {
                TimeMlDocument gold = TimeMlDocument.parse(source);
                score.add(goldDir.relativize(file).toString(), gold.plainText(), gold.timexes(),
                        tag(tagger, gold.plainText(), gold.dct()));
            }
        }
        return score;
    }

    private static List<AnnotatedTimex> tag(TemporalTagger tagger, String text, LocalDate dct) {
        return tagger.tag(text, dct).stream().map(TimexEvaluation::annotated).toList();
    }

    /** Scores the files of systemDir against the files with the same relative paths in goldDir. */
    public static TimexScore ofFiles(Path goldDir, Path systemDir) {
        TimexScore score = new TimexScore();
        for (Path file : TimeMlCorpus.files(goldDir)) {
            Path relative = goldDir.relativize(file);
            TimeMlDocument gold = TimeMlDocument.parse(read(file));
            Path systemFile = systemDir.resolve(relative.toString());
            List<AnnotatedTimex> system = Files.exists(systemFile)
                    ? TimeMlDocument.parse(read(systemFile)).timexes() : List.of();
            if (Files.exists(systemFile) && !TimeMlDocument.parse(read(systemFile)).plainText()
                    .equals(gold.plainText())) {
                throw new IllegalArgumentException("text of " + systemFile + " differs from the gold file's");
            }
            score.add(relative.toString(), gold.plainText(), gold.timexes(), system);
        }
        return score;
    }

    static AnnotatedTimex annotated(Timex t) {
        return new AnnotatedTimex(t.start(), t.end(), t.type().name(), t.value(), t.mod());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
