package news.timeline.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Serves the AsyncAPI document at {@link AsyncApiDocument#PATH} on the public port of every service that depends on
 * this module, as Quarkus serves the OpenAPI document at {@code /q/openapi}: a document about the service, not an
 * endpoint of its API.
 */
@ApplicationScoped
public class AsyncApiRoute {

    private final String document = AsyncApiDocument.yaml();

    void install(@Observes Router router) {
        router.get(AsyncApiDocument.PATH).handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, AsyncApiDocument.MEDIA_TYPE + ";charset=UTF-8")
                .end(document));
    }
}
