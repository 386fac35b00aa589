package news.timeline.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import news.timeline.contract.ArticleMessage;
import news.timeline.contract.SchemaVersion;
import news.timeline.ingest.config.IngestConfig;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Validates a posted article and turns it into the message sent to Kafka; rejects it with the reason otherwise.
 * Everything the extractor or the store would refuse later is refused here, so that a 202 means the article will be
 * stored: characters PostgreSQL text cannot hold ({@link StorableText}), values longer than their columns in
 * timeline-service's {@code article} table, and publication dates extract-service cannot read ({@link PublishedAt}).
 */
@ApplicationScoped
public class ArticleNormalizer {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    /** timeline-service's {@code article.language} is {@code varchar(35)}. */
    static final int MAX_LANGUAGE = 35;
    /** Title, source and url are {@code text} columns; this bound is ours, far above any real one. */
    static final int MAX_SHORT_FIELD = 2_000;

    private final IngestConfig config;
    private final Clock clock;

    @Inject
    public ArticleNormalizer(IngestConfig config) {
        this(config, Clock.systemUTC());
    }

    ArticleNormalizer(IngestConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public ArticleMessage normalize(ArticleRequest request) {
        StorableText.check("url", request.url());
        StorableText.check("title", request.title());
        StorableText.check("text", request.text());
        StorableText.check("html", request.html());
        StorableText.check("publishedAt", request.publishedAt());
        StorableText.check("source", request.source());
        StorableText.check("language", request.language());
        URI url = url(request.url());
        String title = shortField("title", request.title());
        String text = request.text();
        if (isBlank(text) && !isBlank(request.html())) {
            checkSize("html", request.html());
            HtmlText.Page page = HtmlText.of(request.html());
            text = page.text();
            StorableText.check("html", text);
            if (title == null) {
                StorableText.check("html", page.title());
                title = shortField("title", page.title());
            }
        }
        if (isBlank(text)) {
            throw ArticleRejectedException.invalid("The article has no text: give a non-blank 'text' or 'html'");
        }
        checkSize("text", text);
        return new ArticleMessage(SchemaVersion.CURRENT, ArticleIds.of(url, text), url == null ? null : url.toString(),
                title, text, PublishedAt.validate(request.publishedAt(), clock), shortField("source", request.source()),
                language(request.language()), Instant.now(clock).toString());
    }

    private void checkSize(String field, String value) {
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxTextBytes()) {
            throw ArticleRejectedException.tooLarge("'" + field + "' is " + bytes + " bytes; the limit is "
                    + config.maxTextBytes() + " bytes");
        }
    }

    private static URI url(String value) {
        if (isBlank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_SHORT_FIELD) {
            throw ArticleRejectedException.invalid("url is " + stripped.length() + " characters long; the limit is "
                    + MAX_SHORT_FIELD);
        }
        try {
            URI url = new URI(stripped);
            if (url.getRawUserInfo() != null) {
                // Refused, not stripped: the API would publish them; the value is not echoed for the same reason.
                throw ArticleRejectedException.invalid("url carries credentials (user:password@); send it without");
            }
            String scheme = url.getScheme();
            if (url.getHost() == null || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw ArticleRejectedException.invalid("url '" + value + "' is not an absolute http(s) URL");
            }
            return url;
        } catch (URISyntaxException e) {
            throw ArticleRejectedException.invalid("url '" + value + "' is not a valid URL: " + e.getReason());
        }
    }

    private static String language(String value) {
        if (isBlank(value)) {
            return null;
        }
        String tag = value.strip();
        if (tag.length() > MAX_LANGUAGE) {
            throw ArticleRejectedException.invalid("language is " + tag.length() + " characters long; a language "
                    + "tag is at most " + MAX_LANGUAGE);
        }
        if (!LANGUAGE.matcher(tag).matches()) {
            throw ArticleRejectedException.invalid("language '" + value + "' is not a BCP 47 tag such as 'en'");
        }
        return tag;
    }

    private static String shortField(String field, String value) {
        if (isBlank(value)) {
            return null;
        }
        if (value.length() > MAX_SHORT_FIELD) {
            throw ArticleRejectedException.invalid("'" + field + "' is longer than " + MAX_SHORT_FIELD + " characters");
        }
        return value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
