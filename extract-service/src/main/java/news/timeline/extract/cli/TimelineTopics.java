package news.timeline.extract.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Timeline17 topics ({@code TOPIC/articles.jsonl}) that the offline commands' folder arguments name. */
final class TimelineTopics {

    private TimelineTopics() {
    }

    /** Each folder is a topic, or holds topics; sorted within a folder, folders in the order given. */
    static List<Path> in(List<String> dirs) throws IOException {
        List<Path> topics = new ArrayList<>();
        for (String dir : dirs) {
            topics.addAll(in(Path.of(dir)));
        }
        return topics;
    }

    private static List<Path> in(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve("articles.jsonl"))) {
            return List.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("articles.jsonl"))).sorted().toList();
        }
    }
}
