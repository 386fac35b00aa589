package news.timeline.ingest.security;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.Map;

/**
 * Writes the door's rules into the OpenAPI document, where {@link WriteGuard} enforces them: every operation that
 * needs a key (writes under {@code /api/}, everything under {@code /api/admin/}) gets the {@code apiKey} security
 * requirement and its 401, 403 and 429 answers, so Swagger UI offers "Authorize" and clients see what to expect.
 */
public class ApiKeyOpenApiFilter implements OASFilter {

    static final String SCHEME = "apiKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSecuritySchemes() == null
                || !openAPI.getComponents().getSecuritySchemes().containsKey(SCHEME)) {
            openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(WriteGuard.API_KEY_HEADER)
                    .description("An API key (also accepted as 'Authorization: Bearer KEY')"));
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean admin = path.startsWith("/api/admin");
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                PathItem.HttpMethod method = entry.getKey();
                boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                        && method != PathItem.HttpMethod.OPTIONS;
                if (admin || write) {
                    keyed(entry.getValue(), write);
                }
            }
        });
    }

    private static void keyed(Operation operation, boolean write) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        add(responses, "401", "No API key (WWW-Authenticate: Bearer)");
        add(responses, "403", "API key not accepted, or a web origin that is not allowed");
        if (write) {
            add(responses, "429", "Over the key's rate limit (ingest.security.rate-limit), or the service is "
                    + "saturated; retry after the Retry-After header's seconds");
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        responses.addAPIResponse(status, response);
    }
}
