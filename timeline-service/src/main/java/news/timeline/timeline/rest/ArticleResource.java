package news.timeline.timeline.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.timeline.timeline.query.ArticleQueryService;
import news.timeline.timeline.view.ArticlePage;
import news.timeline.timeline.view.ArticleView;
import news.timeline.http.Problem;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Stored articles and the events they report")
public class ArticleResource {

    private final ArticleQueryService articles;

    public ArticleResource(ArticleQueryService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(summary = "List stored articles in the order they were stored",
            description = "Each with storedAt, when this service committed it (the end of its way from POST to "
                    + "queryable). While more remain, 'next' gives the following page.")
    @APIResponse(responseCode = "200", description = "A page of articles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.ARTICLE_PAGE)))
    @APIResponse(responseCode = "400", description = "A malformed size or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad size", value = ApiExamples.BAD_PARAMETER)))
    public ArticlePage list(
            @Parameter(description = "Page size, 1 to 1000 (default 100)", example = "100") @QueryParam("size") String size,
            @Parameter(description = "The 'next' value of the previous page") @QueryParam("cursor") String cursor) {
        return articles.list(cursor, QueryParams.integer("size", size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an article with its publication date (DCT) and its events",
            description = "Each event names the timeline entry it was merged into (eventId).")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class),
                    examples = @ExampleObject(name = "article", value = ApiExamples.ARTICLE)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing", value = ApiExamples.ARTICLE_NOT_FOUND)))
    public ArticleView get(@Parameter(description = "Article id (the key of its article-events record)",
            example = "3f2a9c") @PathParam("id") String id) {
        return articles.find(id).orElseThrow(() -> new NotFoundException("No article with id " + id));
    }
}
