package news.timeline.ingest.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import news.timeline.ingest.config.IngestConfig;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Reads posted JSON into {@link ArticleRequest}s, from the request's stream, with Jackson's streaming parser. Done by
 * hand rather than by JAX-RS binding so that every kind of malformed input gets a problem that names what is wrong,
 * a batch can reject one item alone, and a batch is never held whole: items are read one at a time as they are
 * sent on.
 * <p>
 * Strict: a body is one JSON object and nothing after it; an NDJSON line is one object and nothing after it, so
 * {@code {"text":"A"}{"text":"B"}} on one line is refused as a whole rather than read as A with B dropped. A field
 * given twice is refused too, since which one was meant is unknown. Unknown fields are skipped without being held.
 * <p>
 * Memory: no string value is read past {@link #maxValueChars} (4 × {@code ingest.max-text-bytes}; values between the
 * two are read and answered 413 by the normalizer with their size), and no NDJSON line past as many bytes.
 */
@ApplicationScoped
public class ArticleRequestParser {

    private static final List<String> FIELDS = List.of("url", "title", "text", "html", "publishedAt", "source",
            "language");
    private static final String NOT_READ = "; this item and everything after it were not read, nor sent";

    private final JsonFactory json;
    private final int maxValueChars;

    @Inject
    public ArticleRequestParser(IngestConfig config) {
        this(config.maxTextBytes());
    }

    ArticleRequestParser(int maxTextBytes) {
        this.maxValueChars = (int) Math.min(Integer.MAX_VALUE - 64, 4L * maxTextBytes);
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxValueChars).build())
                .build();
    }

    /** One article: a JSON object, and nothing after it but whitespace. */
    public ArticleRequest parse(InputStream body) {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() == null) {
                throw ArticleRejectedException.invalid("The body is empty: send one article as a JSON object");
            }
            ArticleRequest request = readArticle(parser);
            if (hasMore(parser)) {
                throw ArticleRejectedException.invalid("Trailing content after the JSON object (line "
                        + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr()
                        + "): send one article per request, or several to /api/articles/batch");
            }
            return request;
        } catch (IOException e) {
            throw unreadable(e, "");
        }
    }

    /**
     * The items of a JSON array, or the lines of NDJSON (blank lines skipped), read as they are asked for. Each item
     * keeps its own error; an error that leaves the rest of the body unreadable (a broken JSON array, the body limit)
     * is an {@linkplain BatchItem#ending() ending} item, and so is the item after the first {@code maxItems}.
     */
    public Batch readBatch(InputStream body, int maxItems) {
        PushbackInputStream in = new PushbackInputStream(body, 1);
        int blankLines = 0;
        try {
            int first = in.read();
            while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
                blankLines += first == '\n' ? 1 : 0;
                first = in.read();
            }
            if (first < 0) {
                return new EmptyBatch();
            }
            in.unread(first);
            return first == '['
                    ? new JsonArrayBatch(json.createParser(in), maxItems)
                    : new NdjsonBatch(in, blankLines, maxItems);
        } catch (IOException e) {
            throw unreadable(e, "");
        }
    }

    /** The items of a batch body, read one by one. */
    public interface Batch extends Closeable {

        /** @return the next item, or null when the body has no more */
        BatchItem next();

        @Override
        void close();
    }

    private static final class EmptyBatch implements Batch {

        @Override
        public BatchItem next() {
            return null;
        }

        @Override
        public void close() {
        }
    }

    private final class JsonArrayBatch implements Batch {

        private final JsonParser parser;
        private final int maxItems;
        private int index;
        private boolean done;

        JsonArrayBatch(JsonParser parser, int maxItems) throws IOException {
            this.parser = parser;
            this.maxItems = maxItems;
            parser.nextToken(); // the '[' seen when choosing the format
        }

        @Override
        public BatchItem next() {
            if (done) {
                return null;
            }
            int i = index;
            try {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    done = true;
                    if (parser.nextToken() != null) {
                        return BatchItem.ending(i, i + 1, ArticleRejectedException.invalid(
                                "Trailing content after the JSON array: the body must be one array"));
                    }
                    return null;
                }
                if (token == null) {
                    done = true;
                    return BatchItem.ending(i, i + 1, ArticleRejectedException.invalid(
                            "Malformed JSON array: the body ends before its closing ']'"));
                }
                if (i == maxItems) {
                    done = true;
                    return BatchItem.ending(i, i + 1, tooManyItems(maxItems));
                }
                index++;
                try {
                    return BatchItem.parsed(i, i + 1, readArticle(parser));
                } catch (ArticleRejectedException e) {
                    return BatchItem.rejected(i, i + 1, e);
                }
            } catch (IOException e) {
                done = true;
                return BatchItem.ending(i, i + 1, unreadable(e, NOT_READ));
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }

    private final class NdjsonBatch implements Batch {

        private final Lines lines;
        private final int maxItems;
        private int lineNo;
        private int index;
        private boolean done;

        NdjsonBatch(InputStream in, int blankLines, int maxItems) {
            this.lines = new Lines(in, maxValueChars);
            this.lineNo = blankLines;
            this.maxItems = maxItems;
        }

        @Override
        public BatchItem next() {
            while (!done) {
                int i = index;
                try {
                    if (!lines.next()) {
                        done = true;
                        return null;
                    }
                } catch (IOException e) {
                    done = true;
                    return BatchItem.ending(i, lineNo + 1, unreadable(e, NOT_READ));
                }
                lineNo++;
                if (lines.isBlank()) {
                    continue;
                }
                if (i == maxItems) {
                    done = true;
                    return BatchItem.ending(i, lineNo, tooManyItems(maxItems));
                }
                index++;
                if (lines.tooLong()) {
                    return BatchItem.rejected(i, lineNo, ArticleRejectedException.tooLarge("The line is longer than "
                            + maxValueChars + " bytes (4 × ingest.max-text-bytes); it was not read"));
                }
                try {
                    return BatchItem.parsed(i, lineNo, parseLine(lines.bytes(), lines.length()));
                } catch (ArticleRejectedException e) {
                    return BatchItem.rejected(i, lineNo, e);
                }
            }
            return null;
        }

        @Override
        public void close() {
        }
    }

    private ArticleRequest parseLine(byte[] bytes, int length) {
        try (JsonParser parser = json.createParser(bytes, 0, length)) {
            parser.nextToken();
            ArticleRequest request = readArticle(parser);
            if (hasMore(parser)) {
                throw ArticleRejectedException.invalid("The line holds more than the JSON object (from column "
                        + parser.currentLocation().getColumnNr() + "): one article per line; none of the line was "
                        + "sent");
            }
            return request;
        } catch (IOException e) {
            throw unreadable(e, "");
        }
    }

    /** Whether anything but whitespace follows, well-formed JSON or not. */
    private static boolean hasMore(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() != null;
        } catch (JsonParseException e) {
            return true;
        }
    }

    /** The object at the parser's current token, read up to its end; fields of other names are skipped unread. */
    private static ArticleRequest readArticle(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            throw ArticleRejectedException.invalid("An article must be a JSON object");
        }
        String[] values = new String[FIELDS.size()];
        boolean[] seen = new boolean[FIELDS.size()];
        ArticleRejectedException problem = null;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            int field = FIELDS.indexOf(name);
            if (field < 0) {
                parser.skipChildren();
                continue;
            }
            if (seen[field] && problem == null) {
                problem = ArticleRejectedException.invalid("Field '" + name + "' is given twice");
            }
            seen[field] = true;
            if (value == JsonToken.VALUE_STRING) {
                values[field] = parser.getText();
            } else if (value != JsonToken.VALUE_NULL) {
                if (problem == null) {
                    problem = ArticleRejectedException.invalid("Field '" + name + "' must be a string, got "
                            + kind(value) + " (fields: " + FIELDS + ")");
                }
                parser.skipChildren();
            }
        }
        if (problem != null) {
            throw problem;
        }
        return new ArticleRequest(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            default -> "number";
        };
    }

    private ArticleRejectedException unreadable(IOException e, String rest) {
        if (e instanceof BodyTooLargeException) {
            return new ArticleRejectedException(413, "Request body too large", e.getMessage() + rest);
        }
        if (e instanceof StreamConstraintsException limit) {
            // Strings are held to 4 × ingest.max-text-bytes; numbers, names and nesting to Jackson's own bounds.
            return limit.getOriginalMessage().startsWith("String value length")
                    ? ArticleRejectedException.tooLarge("A string value is longer than " + maxValueChars
                            + " characters (4 × ingest.max-text-bytes)" + rest)
                    : ArticleRejectedException.invalid("Malformed JSON: " + limit.getOriginalMessage() + rest);
        }
        if (e instanceof JsonEOFException end) {
            return ArticleRejectedException.invalid("Malformed JSON: the body ends before the JSON is complete (line "
                    + end.getLocation().getLineNr() + ", column " + end.getLocation().getColumnNr() + ")" + rest);
        }
        if (e instanceof JsonProcessingException parse) {
            return ArticleRejectedException.invalid("Malformed JSON: " + parse.getOriginalMessage() + " (line "
                    + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")" + rest);
        }
        return ArticleRejectedException.invalid("The request body could not be read" + rest);
    }

    private static ArticleRejectedException tooManyItems(int maxItems) {
        return new ArticleRejectedException(413, "Batch too large", "The batch holds more than " + maxItems
                + " articles (ingest.max-batch-items)" + NOT_READ + ": send them in another batch");
    }

    /** The lines of a stream, each held up to a limit; the rest of a longer line is skipped unread. */
    private static final class Lines {

        private final InputStream in;
        private final int limit;
        private final byte[] chunk = new byte[64 * 1024];
        private int position;
        private int end;
        private byte[] line = new byte[8 * 1024];
        private int length;
        private boolean tooLong;

        Lines(InputStream in, int limit) {
            this.in = in;
            this.limit = limit;
        }

        /** Reads the next line (without its line break and a trailing CR); false at the end of the stream. */
        boolean next() throws IOException {
            length = 0;
            tooLong = false;
            boolean any = false;
            while (true) {
                if (position == end) {
                    int n = in.read(chunk);
                    if (n < 0) {
                        stripCarriageReturn();
                        return any;
                    }
                    position = 0;
                    end = n;
                }
                any = true;
                int newline = position;
                while (newline < end && chunk[newline] != '\n') {
                    newline++;
                }
                append(position, newline - position);
                position = Math.min(newline + 1, end);
                if (newline < end) {
                    stripCarriageReturn();
                    return true;
                }
            }
        }

        boolean isBlank() {
            for (int i = 0; i < length; i++) {
                byte b = line[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return !tooLong;
        }

        boolean tooLong() {
            return tooLong;
        }

        byte[] bytes() {
            return line;
        }

        int length() {
            return length;
        }

        private void append(int from, int count) {
            if (tooLong || count == 0) {
                return;
            }
            if (length + count > limit) {
                tooLong = true;
                return;
            }
            if (length + count > line.length) {
                line = Arrays.copyOf(line, Math.min(limit, Math.max(line.length * 2, length + count)));
            }
            System.arraycopy(chunk, from, line, length, count);
            length += count;
        }

        private void stripCarriageReturn() {
            if (!tooLong && length > 0 && line[length - 1] == '\r') {
                length--;
            }
        }
    }
}
