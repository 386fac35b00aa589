package news.timeline.timeline.query;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * A view and its JSON, serialized at most once: a response shared by the requests of a period costs one
 * serialization, not one per request (serializing a shared 170 KB page was over half of the service's CPU).
 */
public final class Rendered<V> {

    private final V view;
    private final ObjectWriter writer;
    private volatile byte[] json;

    Rendered(V view, ObjectWriter writer) {
        this.view = view;
        this.writer = writer;
    }

    public V view() {
        return view;
    }

    /** The view as UTF-8 JSON, as the REST layer would write it; two racing first calls both serialize, harmlessly. */
    public byte[] json() {
        byte[] bytes = json;
        if (bytes == null) {
            try {
                bytes = writer.writeValueAsBytes(view);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            json = bytes;
        }
        return bytes;
    }
}
