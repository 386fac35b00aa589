package news.timeline.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads posted JSON into {@link ArticleRequest}s. Done by hand rather than by JAX-RS binding so that every kind of
 * malformed input gets a problem body that names what is wrong, and so that a batch can reject one line alone.
 */
@ApplicationScoped
public class ArticleRequestParser {

    private static final List<String> FIELDS = List.of("url", "title", "text", "html", "publishedAt", "source",
            "language");

    private final ObjectMapper mapper;

    public ArticleRequestParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ArticleRequest parse(String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw ArticleRejectedException.invalid("Malformed JSON: " + e.getOriginalMessage());
        }
        return fromNode(node);
    }

    /** Items of a JSON array, or lines of NDJSON (blank lines skipped); each item keeps its own parse error. */
    public List<BatchItem> parseBatch(String body) {
        String trimmed = body.stripLeading();
        List<BatchItem> items = new ArrayList<>();
        if (trimmed.startsWith("[")) {
            JsonNode array;
            try {
                array = mapper.readTree(trimmed);
            } catch (JsonProcessingException e) {
                throw ArticleRejectedException.invalid("Malformed JSON array: " + e.getOriginalMessage());
            }
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                items.add(item(i, i + 1, () -> fromNode(element)));
            }
            return items;
        }
        String[] lines = body.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank()) {
                items.add(item(items.size(), i + 1, () -> parse(line)));
            }
        }
        return items;
    }

    private static BatchItem item(int index, int line, Supplier<ArticleRequest> read) {
        try {
            return BatchItem.parsed(index, line, read.get());
        } catch (ArticleRejectedException e) {
            return BatchItem.rejected(index, line, e);
        }
    }

    private ArticleRequest fromNode(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw ArticleRejectedException.invalid("An article must be a JSON object");
        }
        return new ArticleRequest(text(node, "url"), text(node, "title"), text(node, "text"), text(node, "html"),
                text(node, "publishedAt"), text(node, "source"), text(node, "language"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ArticleRejectedException.invalid("Field '" + field + "' must be a string, got "
                    + value.getNodeType().name().toLowerCase() + " (fields: " + FIELDS + ")");
        }
        return value.textValue();
    }
}
