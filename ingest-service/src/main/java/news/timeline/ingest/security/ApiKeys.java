package news.timeline.ingest.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The configured API keys, known only by their SHA-256 hashes. A presented key is hashed and compared with every
 * configured hash in constant time, so neither the comparison nor the order of the keys tells how close a guess was.
 */
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    private static final HexFormat HEX = HexFormat.of();

    /** A configured key: the name it is known by in logs and rate limits, and its hash. */
    record Key(String name, byte[] sha256) {
    }

    private final List<Key> keys;

    public ApiKeys(SecurityConfig config) {
        this.keys = parse(config.apiKeyHashes().orElse(List.of()));
    }

    static List<Key> parse(List<String> entries) {
        List<Key> keys = new ArrayList<>();
        for (String entry : entries) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.lastIndexOf(':');
            String name = colon > 0 ? trimmed.substring(0, colon).strip() : null;
            String hex = (colon >= 0 ? trimmed.substring(colon + 1) : trimmed).strip().toLowerCase(Locale.ROOT);
            if (!hex.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("ingest.security.api-key-hashes: entry " + (keys.size() + 1)
                        + " is not NAME:HEX-SHA256 or HEX-SHA256 (64 hex digits)");
            }
            keys.add(new Key(name != null && !name.isEmpty() ? name : "key-" + hex.substring(0, 8), HEX.parseHex(hex)));
        }
        return List.copyOf(keys);
    }

    void announce(@Observes StartupEvent start) {
        if (keys.isEmpty()) {
            LOG.warn("No API key is configured (INGEST_API_KEY_HASHES / ingest.security.api-key-hashes): every write "
                    + "to this service is refused. ./timeline up configures a local key.");
        } else {
            LOG.infof("%d API key(s) configured: %s", keys.size(), keys.stream().map(Key::name).toList());
        }
    }

    /** The name of the configured key that {@code presented} is, if any. Every configured hash is compared. */
    public Optional<String> match(String presented) {
        byte[] hash = sha256(presented);
        String found = null;
        for (Key key : keys) {
            if (MessageDigest.isEqual(hash, key.sha256()) && found == null) {
                found = key.name();
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean none() {
        return keys.isEmpty();
    }

    public static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
