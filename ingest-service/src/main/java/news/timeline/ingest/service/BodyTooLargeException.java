package news.timeline.ingest.service;

import java.io.IOException;

/** The request body went past {@code ingest.max-body-bytes} while it was read. */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes (ingest.max-body-bytes)");
    }
}
