package news.timeline.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The AsyncAPI 3.0 document of every topic, a resource of this module. */
public final class AsyncApiDocument {

    /** Where each service serves it, next to its OpenAPI document at {@code /q/openapi}. */
    public static final String PATH = "/q/asyncapi";
    public static final String RESOURCE = "/news/timeline/contract/asyncapi.yaml";
    public static final String MEDIA_TYPE = "application/yaml";

    private AsyncApiDocument() {
    }

    public static String yaml() {
        try (InputStream in = AsyncApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the contracts jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
