package news.timeline.timeline.query;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * A view and its JSON, serialized at most once: a response shared by the requests of a period costs one
 * serialization, not one per request (serializing a shared 170 KB page was over half of the service's CPU). Its
 * entity tag lets a polling client ask whether the response changed without receiving it again.
 */
public final class Rendered<V> {

    private final V view;
    private final ObjectWriter writer;
    private volatile Json json;

    /** The bytes and their tag, published together. */
    private record Json(byte[] bytes, String etag) {
    }

    Rendered(V view, ObjectWriter writer) {
        this.view = view;
        this.writer = writer;
    }

    public V view() {
        return view;
    }

    /** The view as UTF-8 JSON, as the REST layer would write it. */
    public byte[] json() {
        return rendered().bytes();
    }

    /** A strong entity tag of {@link #json()} (without quotes): equal bytes, equal tag. */
    public String etag() {
        return rendered().etag();
    }

    // Two racing first calls both serialize, harmlessly: the results are equal.
    private Json rendered() {
        Json rendered = json;
        if (rendered == null) {
            try {
                byte[] bytes = writer.writeValueAsBytes(view);
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
                rendered = new Json(bytes, Base64.getUrlEncoder().withoutPadding().encodeToString(
                        Arrays.copyOf(digest, 18)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
            json = rendered;
        }
        return rendered;
    }
}
