package news.timeline.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a record value into its message, or says why it cannot: not JSON, a major schema version this consumer does
 * not know (checked before the fields are bound, since another major version may give them other types), or a
 * required field missing.
 */
public final class MessageReader {

    private MessageReader() {
    }

    /** @throws ContractViolation with the reason, fit for the dead-letter topic */
    public static <T extends ContractMessage> T read(ObjectMapper json, String payload, Class<T> type) {
        if (payload == null || payload.isBlank()) {
            throw new ContractViolation("empty record value");
        }
        JsonNode tree;
        try {
            tree = json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new ContractViolation("unparseable JSON: " + e.getOriginalMessage());
        }
        if (!tree.isObject()) {
            throw new ContractViolation("not a JSON object");
        }
        JsonNode version = tree.get("schemaVersion");
        if (version != null && !version.isNull()) {
            SchemaVersion.unreadable(version.asText()).ifPresent(reason -> {
                throw new ContractViolation(reason);
            });
        }
        T message;
        try {
            message = json.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new ContractViolation("not a " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
        if (!message.missingFields().isEmpty()) {
            throw new ContractViolation(type.getSimpleName() + " without its required field(s) "
                    + String.join(", ", message.missingFields()) + " (missing, null or renamed)");
        }
        return message;
    }
}
