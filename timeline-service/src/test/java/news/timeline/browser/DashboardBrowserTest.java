package news.timeline.browser;

import static io.restassured.RestAssured.given;
import static news.timeline.timeline.support.Articles.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import news.timeline.contract.ArticleEventsMessage;
import news.timeline.contract.EventMessage;
import news.timeline.contract.SchemaVersion;
import news.timeline.timeline.support.Articles;
import news.timeline.timeline.support.Browser;
import news.timeline.timeline.support.Eventually;
import news.timeline.timeline.support.KafkaResource;
import news.timeline.timeline.support.SampleArticles;
import news.timeline.timeline.support.Topics;

/**
 * The dashboard as a person uses it, in a real headless Chromium against this service, its PostgreSQL and its
 * Kafka: the five sample articles arrive through topic article-events as extract-service would send them.
 *
 * <p>Its assertions read the samples' timeline alone (one report per card, the samples' outlets), so it must run
 * before {@code news.timeline.e2e.SamplesEndToEndTest} posts the same articles through the real pipeline into the
 * same store: Quarkus orders test classes by name, and this package sorts first.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    private static final String G20 = "Trump will meet Putin at the G20 summit in Hamburg";
    private static final String HELSINKI = "Trump and Putin met in Helsinki";
    private static final String NEW_YORK = "Trump and Putin could";

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void startBrowserAndPostSamplesOnce() {
        if (browser != null) {
            return;
        }
        List<ArticleEventsMessage> samples = SampleArticles.messages();
        samples.forEach(DashboardBrowserTest::post);
        for (ArticleEventsMessage sample : samples) {
            Eventually.assertThat(() -> given().get("/api/articles/" + sample.articleId()).then().statusCode(200));
        }
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private static void post(ArticleEventsMessage message) {
        Topics.send(KafkaResource.ARTICLE_EVENTS, message.articleId(), json(message));
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private List<WebElement> cards() {
        return browser.driver().findElements(By.cssSelector("#timeline > li.card"));
    }

    /** The cards' leading statements, read in one script so that a re-render cannot come between. */
    @SuppressWarnings("unchecked")
    private List<String> summaries() {
        return (List<String>) browser.script(
                "return [...document.querySelectorAll('#timeline .summary')].map(e => e.textContent)");
    }

    private WebElement cardOf(String summary) {
        return cards().stream().filter(c -> c.findElement(By.cssSelector(".summary")).getAttribute("textContent")
                .startsWith(summary)).findFirst().orElseThrow();
    }

    private void awaitSummaries(java.util.function.Predicate<List<String>> condition) {
        browser.await(d -> condition.test(summaries()));
    }

    private static boolean hasAny(List<String> summaries, String start) {
        return summaries.stream().anyMatch(s -> s.startsWith(start));
    }

    /** First, so that its screenshot (the README's) shows the samples and nothing the other tests post. */
    @Test
    @Order(1)
    void showsTheSamplesTimelineAsCardsAKeyboardCanOpen() {
        browser.viewport(0, 0);
        browser.open(url("/?entity=Putin"));
        awaitSummaries(s -> hasAny(s, HELSINKI) && hasAny(s, G20) && hasAny(s, NEW_YORK));

        List<String> starts = cards().stream().map(c -> c.findElement(By.cssSelector("time")).getAttribute("datetime"))
                .toList();
        assertThat(starts).as("one card per date, in date order").isSorted().doesNotHaveDuplicates();
        WebElement g20 = cardOf(G20);
        assertThat(g20.findElement(By.cssSelector("time")).getText()).as("a week shown as its span")
                .isEqualTo("Week 27, 2017 (3 Jul – 9 Jul)");
        assertThat(g20.findElement(By.cssSelector(".badge")).getAttribute("textContent")).isEqualTo("planned");
        assertThat(g20.findElement(By.cssSelector(".who")).getText()).contains("Vladimir Putin").contains("Hamburg");
        assertThat(cardOf(NEW_YORK).findElement(By.cssSelector("time")).getText()).as("a month shown as its span")
                .isEqualTo("September 2020");
        assertThat(cardOf(HELSINKI).findElement(By.cssSelector(".badge")).getAttribute("textContent"))
                .isEqualTo("occurred");
        WebElement outlet = g20.findElement(By.cssSelector(".outlets a[rel~=external]"));
        assertThat(outlet.getText()).isEqualTo("unknown outlet");
        assertThat(outlet.getAttribute("href")).startsWith("https://samples.example/");
        assertThat(g20.findElement(By.cssSelector(".counts")).getText()).isEqualTo("1 report from 1 outlet");

        // From the keyboard alone: Tab to the first card's button, Enter opens its reports with the date words marked.
        WebElement body = browser.driver().findElement(By.tagName("body"));
        WebElement focused = null;
        for (int i = 0; i < 60; i++) {
            body.sendKeys(Keys.TAB);
            focused = browser.driver().switchTo().activeElement();
            if (focused.getAttribute("class") != null && focused.getAttribute("class").contains("open")) {
                break;
            }
        }
        assertThat(focused.getAttribute("aria-expanded")).as("a card's button reached by Tab").isEqualTo("false");
        focused.sendKeys(Keys.ENTER);
        WebElement card = cards().get(0);
        WebElement mark = browser.await(d -> card.findElements(By.cssSelector(".statement mark")).stream()
                .findFirst().orElse(null));
        assertThat(focused.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(mark.getText()).isEqualTo("next week");
        assertThat(card.findElement(By.cssSelector(".statement blockquote")).getText())
                .isEqualTo("President Donald Trump will meet with Russian President Vladimir Putin at the Group of 20 "
                        + "Summit next week in Hamburg, Germany.");
        browser.screenshot("dashboard-samples");

        browser.viewport(360, 800);
        browser.open(url("/?entity=Putin"));
        awaitSummaries(s -> hasAny(s, HELSINKI));
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        browser.screenshot("dashboard-360px");
        browser.viewport(0, 0);
    }

    @Test
    void searchEntityAndStatusFiltersChangeWhatIsShownAndTheUrl() {
        browser.open(url("/?entity=Putin"));
        awaitSummaries(s -> hasAny(s, HELSINKI) && hasAny(s, G20));

        WebElement q = browser.driver().findElement(By.id("q"));
        q.sendKeys("Hamburg", Keys.ENTER);
        awaitSummaries(s -> hasAny(s, G20) && !hasAny(s, HELSINKI));
        assertThat(browser.driver().getCurrentUrl()).contains("q=Hamburg").contains("entity=Putin");
        assertThat(summaries()).noneMatch(s -> s.startsWith(NEW_YORK));

        q.clear();
        WebElement entity = browser.driver().findElement(By.id("entity"));
        entity.clear();
        entity.sendKeys("Helsin");
        browser.await(d -> d.findElements(By.cssSelector("#entity-options option")).stream()
                .anyMatch(o -> "Helsinki".equals(o.getAttribute("value"))));
        entity.sendKeys("ki", Keys.ENTER);
        awaitSummaries(s -> hasAny(s, HELSINKI) && !hasAny(s, G20));
        assertThat(browser.driver().getCurrentUrl()).contains("entity=Helsinki").doesNotContain("q=");

        entity.clear();
        entity.sendKeys("Putin");
        browser.driver().findElement(By.cssSelector("input[name=status][value=planned]")).click();
        browser.driver().findElement(By.cssSelector("#filters button[type=submit]")).click();
        awaitSummaries(s -> hasAny(s, G20) && !hasAny(s, HELSINKI) && !hasAny(s, NEW_YORK));
        assertThat(browser.driver().findElements(By.cssSelector("#timeline .card-head .badge:not(.badge-new)"))
                .stream().map(b -> b.getAttribute("textContent"))).containsOnly("planned");
        assertThat(browser.driver().getCurrentUrl()).contains("status=planned");
        browser.screenshot("dashboard-filtered");

        // The URL holds the whole state: opened afresh, it shows the same.
        browser.open(browser.driver().getCurrentUrl());
        awaitSummaries(s -> hasAny(s, G20) && !hasAny(s, HELSINKI));
        assertThat(browser.driver().findElement(By.cssSelector("input[name=status][value=planned]")).isSelected())
                .isTrue();
    }

    @Test
    void selectingARangeOnTheHistogramNarrowsTheTimeline() {
        browser.open(url("/?entity=Putin"));
        awaitSummaries(s -> hasAny(s, G20) && hasAny(s, NEW_YORK));
        WebElement over = browser.await(d -> d.findElements(By.cssSelector("#histogram .u-over")).stream().findFirst()
                .orElse(null));
        int width = over.getSize().getWidth();
        // From the left edge over the first fifth: the 2017 bars only (the samples run from mid-2017 to 2020).
        new Actions(browser.driver()).moveToElement(over, -width / 2 + 2, 0).clickAndHold()
                .moveByOffset(width / 5, 0).release().perform();
        awaitSummaries(s -> hasAny(s, G20) && !hasAny(s, NEW_YORK) && !hasAny(s, HELSINKI));
        assertThat(browser.driver().getCurrentUrl()).contains("from=2017-").contains("to=20");
        assertThat(browser.driver().findElement(By.id("from")).getAttribute("value")).startsWith("2017-");
        browser.screenshot("dashboard-histogram-range");
    }

    @Test
    void anArticleArrivingWhileThePageIsOpenAppearsWithoutAReload() {
        browser.open(url("/?entity=Putin"));
        awaitSummaries(s -> hasAny(s, HELSINKI));
        browser.await(d -> d.findElement(By.id("live")).getText().startsWith("Live"));
        browser.script("window.sameDocument = true;");

        String statement = "Trump and Putin spoke by phone about arms control " + Articles.freshYear();
        post(liveArticle(statement, "2019-03-05", "March 5, 2019"));

        long posted = System.nanoTime();
        awaitSummaries(s -> hasAny(s, statement));
        double seconds = (System.nanoTime() - posted) / 1e9;
        assertThat(seconds).as("seconds from the post to the card").isLessThan(15);
        assertThat(browser.script("return window.sameDocument === true")).as("the page was not reloaded")
                .isEqualTo(true);
        WebElement marker = browser.driver().findElement(By.id("new-marker"));
        assertThat(marker.isDisplayed()).isTrue();
        assertThat(marker.getText()).matches("[1-9][0-9]* new");
        assertThat(cardOf(statement).getAttribute("class")).contains("card-new");
        browser.screenshot("dashboard-live");
    }

    private static ArticleEventsMessage liveArticle(String statement, String date, String dateText) {
        String id = Articles.freshId();
        String sentence = statement + " on " + dateText + ", the Kremlin said.";
        int at = sentence.indexOf(dateText);
        EventMessage event = new EventMessage(date, "day", dateText, at, at + dateText.length(), statement, sentence,
                0, sentence.length(), List.of("Donald Trump", "Vladimir Putin"), null, "occurred", 0.9);
        return new ArticleEventsMessage(SchemaVersion.CURRENT, id, "https://news.example/" + id, statement,
                "Outlet Live", "en", date, date, "given", "day", 1.0, List.of("feed date"), "2026-11-23T09:00:00Z",
                Articles.ENGINE_VERSION, null, List.of(event), null);
    }

    @Test
    void aHostileArticleShowsAsTextAndRunsNoScript() {
        int year = Articles.freshYear();
        String id = Articles.freshId();
        String statement = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> Relm crossed";
        String sentence = statement + " the border on " + year + "-03-01, a witness said.";
        int dateAt = sentence.indexOf(year + "-03-01");
        EventMessage attack = new EventMessage(year + "-03-01", "day", year + "-03-01", dateAt, dateAt + 10,
                statement, sentence, 0, sentence.length(), List.of("<b onmouseover=\"window.pwned = 3\">Relm</b>"),
                "<svg onload=\"window.pwned = 4\">", "occurred", 0.9);
        post(new ArticleEventsMessage(SchemaVersion.CURRENT, id, "javascript:window.pwned = 5",
                "<img src=x onerror=\"window.pwned = 6\">", "<script>window.pwned = 7</script>", "en", year + "-03-02",
                year + "-03-02", "given", "day", 1.0, List.of("<i>feed</i>"), "2026-11-23T09:00:00Z",
                Articles.ENGINE_VERSION, null, List.of(attack), null));
        Eventually.assertThat(() -> given().get("/api/articles/" + id).then().statusCode(200));

        browser.open(url("/?from=" + year + "&to=" + year));
        awaitSummaries(s -> s.contains(statement));
        // Opened and read in one script: a live update may re-render the card between two WebDriver calls.
        List<?> seen = browser.await(d -> (List<?>) browser.script("const card = [...document.querySelectorAll("
                + "'#timeline > li.card')].find(c => c.querySelector('.summary').textContent.startsWith(arguments[0]));"
                + "if (!card) return null;"
                + "const open = card.querySelector('button.open');"
                + "if (!card.querySelector('.statement mark')) {"
                + " if (open.getAttribute('aria-expanded') === 'false') open.click(); return null; }"
                + "return [card.innerText, card.querySelectorAll('script, img, svg, b').length,"
                + " [...card.querySelectorAll('a')].map(a => a.href),"
                + " card.querySelector('.outlets span').textContent];", statement));
        assertThat((String) seen.get(0)).contains("<script>window.pwned = 1</script>").contains("<svg onload=")
                .contains("<b onmouseover=");
        assertThat(((Number) seen.get(1)).intValue()).as("elements made of the article's text").isZero();
        assertThat((List<?>) seen.get(2)).allSatisfy(href -> assertThat((String) href).matches("https?://.*"));
        assertThat(seen.get(3)).isEqualTo("<script>window.pwned = 7</script>");
        browser.screenshot("dashboard-hostile");

        browser.open(url("/article.html?id=" + id));
        browser.await(d -> d.findElement(By.tagName("h1")).getText().equals("<img src=x onerror=\"window.pwned = 6\">"));
        WebElement main = browser.driver().findElement(By.tagName("main"));
        assertThat(main.findElements(By.cssSelector("script, img, svg, b, i"))).isEmpty();
        assertThat(main.findElement(By.cssSelector(".meta dd span")).getText()).isEqualTo("javascript:window.pwned = 5");
        assertThat(main.findElement(By.cssSelector(".statement mark")).getText()).isEqualTo(year + "-03-01");
        assertThat(browser.script("return window.pwned === undefined")).as("no script of the article ran")
                .isEqualTo(true);
    }

    @Test
    void theDashboardArticleViewAndTimelineJsRequestNothingFromAnotherHost() {
        String origin = Browser.hostOf(root.toString());
        browser.open(url("/?entity=Putin"));
        awaitSummaries(s -> hasAny(s, HELSINKI));
        cardOf(HELSINKI).findElement(By.cssSelector("button.open")).click();
        browser.await(d -> !cardOf(HELSINKI).findElements(By.cssSelector(".statement mark")).isEmpty());
        String article = cardOf(HELSINKI).findElement(By.cssSelector("a.article-view")).getAttribute("href");
        browser.open(article);
        browser.await(d -> !d.findElements(By.cssSelector(".statement mark")).isEmpty());
        assertThat(browser.driver().findElement(By.cssSelector("#dct-title + p")).getText()).contains("given by the feed");

        browser.open(url("/timelinejs.html?entity=Putin"));
        browser.await(d -> !d.findElements(By.cssSelector(".tl-slide-content")).isEmpty());
        browser.await(d -> d.findElements(By.cssSelector(".tl-headline")).stream()
                .anyMatch(h -> h.getAttribute("textContent").contains("Helsinki")));
        browser.screenshot("timelinejs");

        List<String> urls = browser.requestedUrls();
        assertThat(urls).as("requests the pages made").anyMatch(u -> u.contains("/api/timeline"))
                .anyMatch(u -> u.contains("/webjars/uplot/")).anyMatch(u -> u.contains("/vendor/timelinejs/"));
        assertThat(urls.stream().filter(u -> !u.startsWith("data:") && !u.startsWith("blob:"))
                .map(Browser::hostOf)).as("hosts requested").containsOnly(origin);
        assertThat(browser.consoleMessages()).as("console: policy violations, script errors")
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("SEVERE"));
    }
}
