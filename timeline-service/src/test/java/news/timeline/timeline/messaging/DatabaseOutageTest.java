package news.timeline.timeline.messaging;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static news.timeline.timeline.support.Articles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import news.timeline.timeline.health.StoreFailures;
import news.timeline.timeline.health.StoreProbe;
import news.timeline.timeline.support.Articles;
import news.timeline.timeline.support.Eventually;
import news.timeline.timeline.support.KafkaResource;
import news.timeline.timeline.support.PostgresResource;
import news.timeline.timeline.support.Topics;

/**
 * PostgreSQL stopped for longer than the consumer's old retry budget (about 15 s) and than max.poll.interval.ms
 * while records arrive, then started again: every record is stored exactly once, none is dead-lettered, readiness is
 * down meanwhile and up again after, liveness stays up, the consumers stay in their group, and the API answers 503
 * problems while the database is away.
 */
@QuarkusTest
class DatabaseOutageTest {

    /** Longer than the 5 attempts (about 7.6 s of backoff plus connection timeouts) that used to dead-letter. */
    private static final Duration OUTAGE = Duration.ofSeconds(25);
    private static final int BEFORE = 10;
    private static final int DURING = 30;

    @Inject
    StoreProbe probe;

    @Inject
    EntityManager em;

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;
    @TestHTTPResource(value = "health/live", management = true)
    URL live;

    @Test
    void anOutageLosesNothingAndDeadLettersNothing() throws InterruptedException {
        int year = Articles.freshYear();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < BEFORE; i++) {
            ids.add(publish(year, i));
        }
        Eventually.assertThat(() -> given().when().get("/api/articles/" + ids.get(BEFORE - 1)).then().statusCode(200));

        Set<String> members = Topics.groupMembers("timeline-service");
        assertThat(members).isNotEmpty();

        PostgresResource.stopServer();
        long stoppedAt = System.nanoTime();
        try {
            for (int i = BEFORE; i < BEFORE + DURING; i++) {
                ids.add(publish(year, i));
                if (i == BEFORE) {
                    assertDegradedWhileTheDatabaseIsAway();
                }
                Thread.sleep(OUTAGE.toMillis() / DURING / 2);
            }
            // How the failure looks to the code that classifies it: the real exception of a real refused connection.
            RuntimeException failure = null;
            try {
                QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select count(*) from article")
                        .getSingleResult());
            } catch (RuntimeException e) {
                failure = e;
            }
            assertThat(failure).isNotNull();
            assertThat(StoreFailures.classify(failure)).as(causes(failure)).isEqualTo(StoreFailures.Kind.UNAVAILABLE);
            assertThat(probe.reachable()).isFalse();
            long left = OUTAGE.toNanos() - (System.nanoTime() - stoppedAt);
            if (left > 0) {
                Thread.sleep(left / 1_000_000);
            }
            // Still nothing dead-lettered, however long it took.
            assertThat(deadLettered(ids)).isEmpty();
        } finally {
            PostgresResource.startServer();
        }

        Eventually.assertThat(() -> given().when().get(ready).then().statusCode(200));
        Eventually.assertThat(() -> {
            for (String id : ids) {
                given().when().get("/api/articles/" + id).then().statusCode(200).body("events.size()", equalTo(1));
            }
        });
        List<Map<String, Object>> events = given().queryParam("from", String.valueOf(year))
                .queryParam("to", String.valueOf(year)).queryParam("size", "500")
                .when().get("/api/events").then().statusCode(200).extract().jsonPath().getList("items");
        List<Object> reportingArticles = events.stream()
                .flatMap(e -> ((List<?>) e.get("mentions")).stream())
                .map(m -> ((Map<?, ?>) m).get("articleId")).collect(Collectors.toList());
        assertThat(reportingArticles).hasSize(ids.size()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(deadLettered(ids)).isEmpty();
        given().when().get(ready).then().statusCode(200).body("status", equalTo("UP"));
        // The outage outlasted max.poll.interval.ms (10 s in tests): the consumers kept polling and stayed members.
        assertThat(Topics.groupMembers("timeline-service")).isEqualTo(members);
    }

    private void assertDegradedWhileTheDatabaseIsAway() {
        Eventually.assertThat(() -> given().when().get(ready).then().statusCode(503)
                .body("checks.find { it.name == 'timeline-store' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'timeline-store' }.data.reason", containsString("database unreachable"))
                .body(not(containsString("Exception")))
                .body(not(containsString("refused"))));
        given().when().get(live).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/api/events").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503))
                .body("type", equalTo("/problems/unavailable"))
                .body(not(containsString("Exception")));
        given().when().get("/api/articles/anything").then().statusCode(503).contentType("application/problem+json");
    }

    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            chain.append(t.getClass().getName()).append(": ").append(t.getMessage()).append(" <- ");
        }
        return chain.toString();
    }

    private static Set<String> deadLettered(List<String> ids) {
        return Topics.readAll(KafkaResource.DLQ).stream().map(r -> r.key()).filter(ids::contains)
                .collect(Collectors.toSet());
    }

    private static String publish(int year, int i) {
        String id = Articles.freshId();
        String day = String.format("%d-%02d-%02d", year, 1 + i % 12, 1 + i % 28);
        Topics.send(KafkaResource.ARTICLE_EVENTS, id, json(article(id, "Outlet " + i, "Outage " + i,
                event(day, "Harbour works number " + i + " finished in Vell " + i, List.of("Crew " + i), "Vell " + i,
                        "occurred"))));
        return id;
    }
}
