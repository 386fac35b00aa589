package news.timeline.ingest.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.timeline.ingest.feed.FeedPage;
import news.timeline.ingest.feed.FeedRequest;
import news.timeline.ingest.feed.FeedService;
import news.timeline.ingest.feed.FeedView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

@Path("/api/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "feeds", description = "Subscribe to RSS 2.0, Atom 1.0 and JSON Feed 1.1 feeds; their new items become articles")
public class FeedResource {

    /** A feed request is a few fields; anything larger is not one. */
    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final String FEED_EXAMPLE = """
            {"id": "3f1c9a0b7d2e4c55", "url": "https://example.com/news/rss.xml", "source": "Example News",
             "intervalSeconds": 900, "fetchPages": false, "createdAt": "2026-12-01T09:00:00Z",
             "lastPollAt": "2026-12-01T09:15:00Z", "lastSuccessAt": "2026-12-01T09:15:00Z", "failures": 0,
             "itemsSeen": 20, "nextPollAt": "2026-12-01T09:30:00Z", "polledBy": "ingest-1-4711"}""";
    private static final String REFUSED_EXAMPLE = """
            {"type": "about:blank", "title": "Invalid feed", "status": 400,
             "detail": "The feed URL is refused: the host localhost resolves to 127.0.0.1, a loopback, private or link-local address (ingest.feeds.allow-private-addresses is off)",
             "instance": "/api/feeds"}""";

    private final FeedService feeds;
    private final ObjectMapper json;

    public FeedResource(FeedService feeds, ObjectMapper json) {
        this.feeds = feeds;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to a feed",
            description = "The feed is polled every `intervalSeconds` (default ingest.feeds.default-interval) by one "
                    + "ingest-service instance; each new or changed item goes to the articles topic once, as a "
                    + "posted article would (link as url, title, published else updated as publishedAt, full content "
                    + "as html). With `fetchPages`, an item with only a summary gets the main text of its linked "
                    + "page. The URL must be http(s) and, unless ingest.feeds.allow-private-addresses is on, resolve "
                    + "to public addresses only. The id comes from the URL: one feed, one subscription.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "feed", value = """
                    {"url": "https://example.com/news/rss.xml", "source": "Example News", "intervalSeconds": 900,
                     "fetchPages": false}""")))
    @APIResponse(responseCode = "201", description = "Subscribed; the Location is the feed",
            content = @Content(schema = @Schema(implementation = FeedView.class),
                    examples = @ExampleObject(name = "subscribed", value = """
                            {"id": "3f1c9a0b7d2e4c55", "url": "https://example.com/news/rss.xml",
                             "source": "Example News", "intervalSeconds": 900, "fetchPages": false,
                             "createdAt": "2026-12-01T09:00:00Z", "failures": 0, "itemsSeen": 0}""")))
    @APIResponse(responseCode = "400", description = "Malformed JSON; no url; a URL that is not http(s), carries "
            + "credentials, does not resolve or resolves to a loopback, private or link-local address; an interval "
            + "outside ingest.feeds.min-interval to 7 days; a bad source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "private address", value = REFUSED_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Already subscribed (the detail names its id), or "
            + "ingest.feeds.max-feeds subscriptions exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not take the subscription; retry after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response subscribe(InputStream body, UriInfo uri) {
        FeedView feed = feeds.subscribe(read(body));
        return Response.created(URI.create(uri.getPath() + "/" + feed.id())).entity(feed).build();
    }

    @GET
    @Operation(summary = "List the feeds",
            description = "In id order, each with its state: last poll, last success, last error, failures in a row, "
                    + "items seen, next poll and the instance polling it. Follow `next` as `cursor` until it is absent.")
    @APIResponse(responseCode = "200", description = "A page",
            content = @Content(schema = @Schema(implementation = FeedPage.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\": [" + FEED_EXAMPLE + "]}")))
    @APIResponse(responseCode = "400", description = "limit outside 1 to 500",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "`next` of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Feeds per page, 1 to 500") @QueryParam("limit") @DefaultValue("100") int limit,
            UriInfo uri) {
        if (limit < 1 || limit > FeedService.MAX_PAGE) {
            return ProblemMappers.problem(Problem.of(400, "Bad request", "limit must be between 1 and "
                    + FeedService.MAX_PAGE, uri.getPath()));
        }
        return Response.ok(feeds.list(cursor == null || cursor.isBlank() ? null : cursor.strip(), limit)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One feed", description = "The subscription and its poll state.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(schema = @Schema(implementation = FeedView.class),
                    examples = @ExampleObject(name = "feed", value = FEED_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such feed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id, UriInfo uri) {
        return feeds.find(id).map(f -> Response.ok(f).build()).orElseGet(() -> notFound(id, uri));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe", description = "The feed is polled no more; its articles stay.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "404", description = "No such feed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not take the unsubscription; retry after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id, UriInfo uri) {
        return feeds.unsubscribe(id) ? Response.noContent().build() : notFound(id, uri);
    }

    private FeedRequest read(InputStream body) {
        try (body) {
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new BadFeedBody("The body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            return json.readValue(bytes, FeedRequest.class);
        } catch (JacksonException e) {
            throw new BadFeedBody("The body is not a feed request {url, source?, intervalSeconds?, fetchPages?}: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadFeedBody("The body could not be read");
        }
    }

    private static Response notFound(String id, UriInfo uri) {
        return ProblemMappers.problem(Problem.of(404, "No such feed", "No feed has the id " + id, uri.getPath()));
    }

    /** A body that is not a feed request: a 400 problem. */
    static final class BadFeedBody extends RuntimeException {

        BadFeedBody(String detail) {
            super(detail);
        }
    }
}
