package news.timeline.timeline.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only: a resource with a bug, to see what a client gets from a server error. */
@Path("/test/failing")
public class FailingResource {

    static final String SECRET = "connection string jdbc:postgresql://db-internal:5432/secret";

    @GET
    public String fail() {
        throw new IllegalStateException(SECRET);
    }
}
