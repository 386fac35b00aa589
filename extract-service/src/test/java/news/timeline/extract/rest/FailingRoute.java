package news.timeline.extract.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/** Test-only: a route with a bug, to see what a client gets from a server error. */
@ApplicationScoped
public class FailingRoute {

    static final String SECRET = "broker password hunter2 at kafka-internal:9093";

    void install(@Observes Router router) {
        router.get("/test/failing").handler(ctx -> {
            throw new IllegalStateException(SECRET);
        });
    }
}
