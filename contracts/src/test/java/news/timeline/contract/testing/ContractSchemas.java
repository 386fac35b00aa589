package news.timeline.contract.testing;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import news.timeline.contract.AsyncApiDocument;

/**
 * Validates serialized messages against the payload schemas of {@code asyncapi.yaml}. AsyncAPI 3.0 schemas are
 * JSON Schema; each is checked under a root holding the document's {@code components}, so that its {@code $ref}s
 * to {@code #/components/schemas/...} resolve where the document has them.
 */
public final class ContractSchemas {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private ContractSchemas() {
    }

    /** The parsed AsyncAPI document. */
    public static JsonNode document() {
        try {
            return YAML.readTree(AsyncApiDocument.yaml());
        } catch (Exception e) {
            throw new IllegalStateException("asyncapi.yaml is not YAML", e);
        }
    }

    /**
     * @param schemaName a schema of {@code components.schemas}: ArticleMessage, ArticleEventsMessage,
     *                   TimelineChangeMessage...
     * @return what in {@code json} breaks the schema; empty when it follows it
     */
    public static List<String> violations(String schemaName, String json) {
        JsonNode document = document();
        if (!document.path("components").path("schemas").has(schemaName)) {
            throw new IllegalArgumentException("asyncapi.yaml has no schema " + schemaName);
        }
        ObjectNode root = YAML.createObjectNode();
        root.set("components", document.path("components"));
        root.put("$ref", "#/components/schemas/" + schemaName);
        Schema schema = REGISTRY.getSchema(root);
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
