package news.timeline.ingest.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import news.timeline.ingest.TestKeys;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static news.timeline.ingest.TestKeys.authorized;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Past its burst, a key's writes are 429 with Retry-After; another key and reads are not held back. */
@QuarkusTest
@TestProfile(RateLimitTest.TwoWritesPerKey.class)
class RateLimitTest {

    static final String OTHER_KEY = "another-test-key";

    /** Two writes per key, then one more every 100 s: no test waits that long, so the third is refused. */
    public static class TwoWritesPerKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "ingest.security.rate-limit.burst", "2",
                    "ingest.security.rate-limit.requests-per-second", "0.01",
                    "ingest.security.api-key-hashes", "test:" + sha256(TestKeys.KEY) + ",other:" + sha256(OTHER_KEY));
        }
    }

    @Test
    void aKeyOverItsBurstIs429WithRetryAfter() {
        // Bodies that are not articles: the limit counts requests, whatever becomes of them.
        authorized().contentType("application/json").body("{}").post("/api/articles").then().statusCode(400);
        authorized().contentType("application/json").body("{}").post("/api/articles").then().statusCode(400);
        authorized().contentType("application/json").body("{}").post("/api/articles")
                .then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .contentType("application/problem+json")
                .body("status", equalTo(429));

        given().header("X-API-Key", OTHER_KEY).contentType("application/json").body("{}").post("/api/articles")
                .then().statusCode(400);
        // Reads are not limited.
        given().get("/q/openapi").then().statusCode(200);
    }

    static String sha256(String key) {
        return HexFormat.of().formatHex(ApiKeys.sha256(key));
    }
}
