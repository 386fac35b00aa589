package news.timeline.ingest.security;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysTest {

    private static String hash(String key) {
        return HexFormat.of().formatHex(ApiKeys.sha256(key));
    }

    private static ApiKeys of(String... entries) {
        return new ApiKeys(new SecurityConfig() {
            @Override
            public Optional<List<String>> apiKeyHashes() {
                return Optional.of(List.of(entries));
            }

            @Override
            public RateLimit rateLimit() {
                throw new UnsupportedOperationException();
            }
        });
    }

    @Test
    void aKeyIsKnownByTheNameOfItsHash() {
        ApiKeys keys = of("feeds:" + hash("k1"), " " + hash("k2").toUpperCase() + " ");
        assertThat(keys.match("k1")).contains("feeds");
        assertThat(keys.match("k2")).contains("key-" + hash("k2").substring(0, 8));
        assertThat(keys.match("k3")).isEmpty();
        assertThat(keys.match(hash("k1"))).as("the hash itself is not a key").isEmpty();
        assertThat(keys.none()).isFalse();
    }

    @Test
    void withoutHashesNoKeyIsAccepted() {
        ApiKeys keys = of("");
        assertThat(keys.none()).isTrue();
        assertThat(keys.match("")).isEmpty();
    }

    @Test
    void anEntryThatIsNotAHashIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> of("feeds:my-secret-key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("my-secret-key");
    }
}
