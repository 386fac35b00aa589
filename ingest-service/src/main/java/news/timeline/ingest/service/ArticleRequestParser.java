package news.timeline.ingest.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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

    /**
     * Items of a JSON array, or lines of NDJSON (blank lines skipped); each item keeps its own parse error. The body
     * is checked and its items counted now; each item is parsed only when the returned batch is iterated, so a large
     * batch is never held as parsed requests all at once.
     *
     * @throws ArticleRejectedException when a JSON array is malformed as a whole
     */
    public Batch readBatch(String body) {
        // Not body.stripLeading(): that would copy a large body. The JSON parser skips leading whitespace itself.
        int first = 0;
        while (first < body.length() && Character.isWhitespace(body.charAt(first))) {
            first++;
        }
        if (first < body.length() && body.charAt(first) == '[') {
            return new JsonArrayBatch(body, countArrayElements(body));
        }
        return new NdjsonBatch(body, countNonBlankLines(body));
    }

    /** The items of a batch body, counted up front and parsed one by one as they are iterated. */
    public interface Batch extends Iterable<BatchItem> {

        /** How many articles the batch holds. */
        int size();
    }

    private int countArrayElements(String json) {
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ArticleRejectedException.invalid("Malformed JSON array: expected '['");
            }
            int count = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw ArticleRejectedException.invalid("Malformed JSON array: unexpected end of input");
                }
                parser.skipChildren();
                count++;
            }
            return count;
        } catch (JsonProcessingException e) {
            throw ArticleRejectedException.invalid("Malformed JSON array: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ArticleRejectedException.invalid("Malformed JSON array: " + e.getMessage());
        }
    }

    private final class JsonArrayBatch implements Batch {

        private final String json;
        private final int size;

        JsonArrayBatch(String json, int size) {
            this.json = json;
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<BatchItem> iterator() {
            JsonParser parser;
            try {
                parser = mapper.getFactory().createParser(json);
                parser.nextToken(); // the '[' checked when counting
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Iterator<>() {
                private int index;

                @Override
                public boolean hasNext() {
                    return index < size;
                }

                @Override
                public BatchItem next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    int i = index++;
                    try {
                        parser.nextToken();
                        JsonNode element = mapper.readTree(parser);
                        if (index == size) {
                            parser.close();
                        }
                        return item(i, i + 1, () -> fromNode(element));
                    } catch (IOException e) {
                        // Counting read the whole array already, so this is not expected.
                        return BatchItem.rejected(i, i + 1, ArticleRejectedException.invalid("Malformed JSON: "
                                + e.getMessage()));
                    }
                }
            };
        }
    }

    private final class NdjsonBatch implements Batch {

        private final String body;
        private final int size;

        NdjsonBatch(String body, int size) {
            this.body = body;
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<BatchItem> iterator() {
            return new Iterator<>() {
                private int start;   // where the next line to look at begins
                private int lineNo;  // lines looked at so far
                private int index;   // items returned so far

                @Override
                public boolean hasNext() {
                    return index < size;
                }

                @Override
                public BatchItem next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    while (true) {
                        int end = lineEnd(body, start);
                        int from = start;
                        start = end + 1;
                        lineNo++;
                        int to = end > from && body.charAt(end - 1) == '\r' && end < body.length() ? end - 1 : end;
                        if (!isBlank(body, from, to)) {
                            String line = body.substring(from, to);
                            return item(index++, lineNo, () -> parse(line));
                        }
                    }
                }
            };
        }
    }

    /** Non-blank lines, as {@code body.split("\\r?\\n")} would give them, without making them. */
    private static int countNonBlankLines(String body) {
        int count = 0;
        int start = 0;
        while (start <= body.length()) {
            int end = lineEnd(body, start);
            if (!isBlank(body, start, end)) {
                count++;
            }
            start = end + 1;
        }
        return count;
    }

    private static int lineEnd(String body, int start) {
        int newline = body.indexOf('\n', start);
        return newline < 0 ? body.length() : newline;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; ) {
            int c = s.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
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
