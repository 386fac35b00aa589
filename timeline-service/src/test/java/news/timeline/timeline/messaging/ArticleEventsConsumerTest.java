package news.timeline.timeline.messaging;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static news.timeline.timeline.support.Articles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.timeline.contract.ArticleEventsMessage;
import news.timeline.contract.SchemaVersion;
import news.timeline.timeline.support.Articles;
import news.timeline.timeline.support.Eventually;
import news.timeline.timeline.support.KafkaResource;
import news.timeline.timeline.support.Topics;

/**
 * Produces real records to article-events and watches their effect through the REST API.
 */
@QuarkusTest
class ArticleEventsConsumerTest {

    private static void publish(ArticleEventsMessage message) {
        Topics.send(KafkaResource.ARTICLE_EVENTS, message.articleId(), json(message));
    }

    private static void awaitArticle(String id, int events) {
        Eventually.assertThat(() -> given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("events.size()", equalTo(events)));
    }

    private static List<Map<String, Object>> eventsOfYear(int year) {
        return given().queryParam("from", String.valueOf(year)).queryParam("to", String.valueOf(year))
                .when().get("/api/events").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void storesAnArticleAndItsEvents() {
        int year = Articles.freshYear();
        String id = Articles.freshId();
        publish(article(id, "Reuters", "Flood in Dorvan",
                event(year + "-04-02", "A flood hit Dorvan", List.of(), "Dorvan", "occurred"),
                event(year + "-05", "Dorvan will hold elections", List.of("Dorvan council"), "Dorvan", "planned")));
        awaitArticle(id, 2);
        given().when().get("/api/articles/" + id).then()
                .body("source", equalTo("Reuters"))
                .body("dctSource", equalTo("given"))
                .body("events.date", contains(year + "-04-02", year + "-05"));
        assertThat(eventsOfYear(year)).hasSize(2);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithTheReasonAndTheConsumerGoesOn() {
        int year = Articles.freshYear();
        String unparseable = "poison-json-" + Articles.freshId();
        String badDate = Articles.freshId();
        String good = Articles.freshId();
        Topics.send(KafkaResource.ARTICLE_EVENTS, unparseable, "{\"articleId\": \"x\", \"events\": [");
        publish(article(badDate, "Reuters", "Bad date",
                event(year + "-03-01", "A valid event before the bad one", List.of("Orla Venn"), null, "occurred"),
                event(year + "-13-45", "An impossible date", List.of("Orla Venn"), null, "occurred")));
        publish(article(good, "Reuters", "Good one",
                event(year + "-06-01", "Orla Venn opened the bridge", List.of("Orla Venn"), null, "occurred")));

        awaitArticle(good, 1);
        given().when().get("/api/articles/" + badDate).then().statusCode(404);
        assertThat(eventsOfYear(year)).extracting(e -> e.get("date")).containsExactly(year + "-06-01");

        List<ConsumerRecord<String, String>> dead = Topics.readUntilKey(KafkaResource.DLQ, badDate);
        ConsumerRecord<String, String> json = dead.stream().filter(r -> unparseable.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("unparseable record not dead-lettered"));
        assertThat(header(json, "dead-letter-reason")).contains("unparseable JSON");
        assertThat(json.value()).isEqualTo("{\"articleId\": \"x\", \"events\": [");
        ConsumerRecord<String, String> date = dead.stream().filter(r -> badDate.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("record with invalid date not dead-lettered"));
        assertThat(header(date, "dead-letter-reason")).contains("invalid date value").contains(year + "-13-45");
        assertThat(header(date, "dead-letter-topic")).isEqualTo(KafkaResource.ARTICLE_EVENTS);
        assertThat(dead).noneMatch(r -> good.equals(r.key()));
    }

    @Test
    void recordsTheStoreCannotHoldAreDeadLetteredAtOnceWhileTheNextGoodOneIsStored() {
        int year = Articles.freshYear();
        String nul = Articles.freshId();
        String longLanguage = Articles.freshId();
        String good = Articles.freshId();
        // As they would arrive if something bypassed ingest-service's validation (issue 9, item 1).
        publish(article(nul, "Reuters", "Council",
                event(year + "-05-07", "On May 7 the council met.\u0000", List.of("Council"), null, "occurred")));
        var base = article(longLanguage, "Reuters", "Language",
                event(year + "-05-08", "The council met again", List.of("Council"), null, "occurred"));
        publish(new ArticleEventsMessage(SchemaVersion.CURRENT, base.articleId(), base.url(), base.title(),
                base.source(), "x".repeat(36), base.publishedAt(), base.dct(), base.dctSource(), base.dctGranularity(), base.dctConfidence(),
                base.dctEvidence(), base.extractedAt(), base.engineVersion(), null, base.events(), null));
        // Passes every check before the database (a valid ISO-8601 instant), which refuses it: past timestamptz's range.
        String farFuture = Articles.freshId();
        var later = article(farFuture, "Reuters", "Far future",
                event(year + "-05-09", "The council met a third time", List.of("Council"), null, "occurred"));
        publish(new ArticleEventsMessage(SchemaVersion.CURRENT, later.articleId(), later.url(), later.title(),
                later.source(), later.language(), later.publishedAt(), later.dct(), later.dctSource(), later.dctGranularity(),
                later.dctConfidence(), later.dctEvidence(), "+300000-01-01T00:00:00Z", later.engineVersion(), null,
                later.events(), null));
        publish(article(good, "Reuters", "Good one",
                event(year + "-06-01", "Orla Venn opened the bridge", List.of("Orla Venn"), null, "occurred")));

        awaitArticle(good, 1);
        List<ConsumerRecord<String, String>> dead = Topics.readUntilKey(KafkaResource.DLQ, farFuture);
        ConsumerRecord<String, String> refused = dead.stream().filter(r -> farFuture.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("record the database refused not dead-lettered"));
        assertThat(header(refused, "dead-letter-reason")).contains("database refused").contains("SQLState 22");
        assertThat(header(refused, "dead-letter-retries")).isEqualTo("0");
        given().when().get("/api/articles/" + farFuture).then().statusCode(404);
        ConsumerRecord<String, String> withNul = dead.stream().filter(r -> nul.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("NUL-carrying record not dead-lettered"));
        assertThat(header(withNul, "dead-letter-reason")).contains("NUL");
        assertThat(header(withNul, "dead-letter-retries")).isEqualTo("0");
        ConsumerRecord<String, String> tooLong = dead.stream().filter(r -> longLanguage.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("over-long language not dead-lettered"));
        assertThat(header(tooLong, "dead-letter-reason")).contains("language");
        assertThat(header(tooLong, "dead-letter-retries")).isEqualTo("0");
        // Dead-lettered before the good record after them was stored: nothing waited on retries.
        given().when().get("/api/articles/" + nul).then().statusCode(404);
        given().when().get("/api/articles/" + longLanguage).then().statusCode(404);
        assertThat(eventsOfYear(year)).extracting(e -> e.get("date")).containsExactly(year + "-06-01");
        assertThat(dead).noneMatch(r -> good.equals(r.key()));
    }

    @Test
    void reprocessingAnArticleIsIdempotent() {
        int year = Articles.freshYear();
        String id = Articles.freshId();
        var message = article(id, "AP", "Bridge",
                event(year + "-02-10", "Tarn Ulver opened a bridge in Kesh", List.of("Tarn Ulver"), "Kesh", "occurred"),
                event(year + "-09", "Tarn Ulver plans a second bridge", List.of("Tarn Ulver"), "Kesh", "planned"));
        publish(message);
        awaitArticle(id, 2);
        List<Map<String, Object>> before = eventsOfYear(year);

        publish(message);
        publish(message);
        String marker = Articles.freshId();
        publish(article(marker, "AP", "Marker", event(year + "-12-31", "Unrelated marker event", List.of("Marker Person"),
                null, "occurred")));
        awaitArticle(marker, 1);

        List<Map<String, Object>> after = eventsOfYear(year);
        assertThat(after).hasSize(3);
        assertThat(after.subList(0, 2)).isEqualTo(before);
        assertThat(after.get(0).get("mentions")).asList().hasSize(1);
    }

    @Test
    void theSameEventFromTwoArticlesBecomesOneEntryWithBothSources() {
        int year = Articles.freshYear();
        String first = Articles.freshId();
        String second = Articles.freshId();
        publish(article(first, "The New York Times", "Summit talk",
                event(year + "-09", "Grell might meet Vossin in New York", List.of("Grell", "Vossin"), "New York",
                        "possible")));
        publish(article(second, "The Washington Post", "A summit in New York?",
                event(year + "-09", "A summit between Vossin and Grell in New York could take place",
                        List.of("Ivo Vossin", "Dana Grell"), "New York", "possible")));
        awaitArticle(second, 1);

        List<Map<String, Object>> events = eventsOfYear(year);
        assertThat(events).hasSize(1);
        JsonPath entry = given().when().get("/api/events/" + events.get(0).get("id")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(entry.getInt("sources")).isEqualTo(2);
        assertThat(entry.getList("mentions.articleId")).containsExactlyInAnyOrder(first, second);
        assertThat(entry.getString("status")).isEqualTo("possible");
        assertThat(entry.getList("actors")).containsExactlyInAnyOrder("Ivo Vossin", "Dana Grell");
    }

    @Test
    void twoDifferentMeetingsOnOneDayStayApart() {
        int year = Articles.freshYear();
        String first = Articles.freshId();
        String second = Articles.freshId();
        publish(article(first, "Le Monde", "Paris talks",
                event(year + "-05-04", "Grell met Amsel in Paris", List.of("Dana Grell", "Ruth Amsel"), "Paris",
                        "occurred")));
        publish(article(second, "Yle", "Helsinki talks",
                event(year + "-05-04", "Grell met Vossin in Helsinki", List.of("Dana Grell", "Ivo Vossin"), "Helsinki",
                        "occurred")));
        awaitArticle(second, 1);
        assertThat(eventsOfYear(year)).hasSize(2).allSatisfy(e -> assertThat(e.get("sources")).isEqualTo(1));
    }

    @Test
    void aWeekAndADayOfItMergeWhenContentAgreesKeepingTheDay() {
        int isolated = Articles.freshYear();
        String week = Articles.freshId();
        String day = Articles.freshId();
        String other = Articles.freshId();
        publish(article(week, "Reuters", "Summit week",
                event(isolated + "-W29", "Kell and Morrow met in Turku for a summit", List.of("Kell", "Morrow"), "Turku",
                        "occurred")));
        String dayOfWeek29 = LocalDate.of(isolated, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 29)
                .with(DayOfWeek.TUESDAY).toString();
        publish(article(day, "AFP", "Kell and Morrow summit",
                event(dayOfWeek29, "Morrow and Kell held a summit in Turku", List.of("Ada Morrow", "Jon Kell"), "Turku",
                        "occurred")));
        publish(article(other, "AFP", "Other news",
                event(dayOfWeek29, "A storm closed the port of Turku", List.of(), "Turku", "occurred")));
        awaitArticle(other, 1);

        List<Map<String, Object>> events = eventsOfYear(isolated);
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> e.get("date")).containsOnly(dayOfWeek29);
        Map<String, Object> summit = events.stream().filter(e -> ((List<?>) e.get("mentions")).size() == 2)
                .findFirst().orElseThrow();
        assertThat(summit.get("granularity")).isEqualTo("day");
    }

    @Test
    void reprocessingAnArticleDoesNotReshuffleOtherEntries() {
        int year = Articles.freshYear();
        String a = Articles.freshId();
        String b = Articles.freshId();
        String c = Articles.freshId();
        publish(article(a, "Outlet A", "Treaty",
                event(year + "-03-03", "Pell and Quist signed the river treaty in Sorn", List.of("Pell", "Quist"),
                        "Sorn", "occurred")));
        var bFirst = article(b, "Outlet B", "Treaty and strike",
                event(year + "-03-03", "Quist and Pell signed a river treaty in Sorn", List.of("Quist", "Pell"), "Sorn",
                        "occurred"),
                event(year + "-08-08", "Dock workers in Sorn went on strike", List.of("Sorn dock union"), "Sorn",
                        "occurred"));
        publish(bFirst);
        publish(article(c, "Outlet C", "Strike",
                event(year + "-08-08", "Sorn dock workers began a strike", List.of("Sorn dock union"), "Sorn",
                        "occurred"),
                event(year + "-10-01", "Quist visited Tallin", List.of("Quist"), "Tallin", "occurred")));
        awaitArticle(c, 2);
        List<Map<String, Object>> before = eventsOfYear(year);
        assertThat(before).hasSize(3);
        long treatyId = ((Number) before.get(0).get("id")).longValue();
        long strikeId = ((Number) before.get(1).get("id")).longValue();
        long visitId = ((Number) before.get(2).get("id")).longValue();

        // B is re-extracted: its strike report is gone and a new event appears.
        publish(article(b, "Outlet B", "Treaty",
                event(year + "-03-03", "Quist and Pell signed a river treaty in Sorn", List.of("Quist", "Pell"), "Sorn",
                        "occurred"),
                event(year + "-12-12", "Pell retired", List.of("Pell"), null, "occurred")));
        awaitArticle(b, 2);
        Eventually.assertThat(() -> assertThat(eventsOfYear(year)).hasSize(4));

        List<Map<String, Object>> after = eventsOfYear(year);
        assertThat(after).extracting(e -> ((Number) e.get("id")).longValue()).startsWith(treatyId, strikeId, visitId);
        assertThat(((List<?>) after.get(0).get("mentions"))).hasSize(2);
        assertThat(((List<?>) after.get(1).get("mentions"))).hasSize(1);
        assertThat(after.get(1).get("sources")).isEqualTo(1);
    }

    @Test
    void anEntryLeftWithoutReportsIsDeleted() {
        int year = Articles.freshYear();
        String id = Articles.freshId();
        publish(article(id, "Outlet", "Fair", event(year + "-04-04", "The Lund fair opened", List.of(), "Lund",
                "occurred")));
        awaitArticle(id, 1);
        Number entryId = (Number) eventsOfYear(year).get(0).get("id");

        publish(article(id, "Outlet", "Fair", event(year + "-04-05", "The Lund fair closed early", List.of(), "Lund",
                "occurred")));
        Eventually.assertThat(() -> given().when().get("/api/events/" + entryId).then().statusCode(404));
        assertThat(eventsOfYear(year)).extracting(e -> e.get("date")).containsExactly(year + "-04-05");
    }

    @Test
    void withinOneArticleARestatementMergesButAnotherFactDoesNot() {
        int year = Articles.freshYear();
        String id = Articles.freshId();
        publish(article(id, "Outlet", "Harbour",
                event(year + "-06-06", "Mayor Brandt opened the new harbour in Oslen", List.of("Mayor Brandt"), "Oslen",
                        "occurred"),
                event(year + "-06-06", "Brandt announced a budget cut for Oslen schools", List.of("Brandt"), "Oslen",
                        "occurred", 400),
                event(year + "-06-06", "Brandt opened the new harbour in Oslen", List.of("Brandt"), "Oslen", "occurred",
                        900)));
        awaitArticle(id, 3);
        List<Map<String, Object>> events = eventsOfYear(year);
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> ((List<?>) e.get("mentions")).size()).containsExactlyInAnyOrder(2, 1);
    }
}
