package news.timeline.ingest;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The API key of the tests. Only its SHA-256 is configured ({@code %test.ingest.security.api-key-hashes}); the key
 * protects nothing outside the tests.
 */
public final class TestKeys {

    public static final String KEY = "ingest-test-key";

    private TestKeys() {
    }

    /** A request that carries the test key. */
    public static RequestSpecification authorized() {
        return RestAssured.given().header("X-API-Key", KEY);
    }
}
