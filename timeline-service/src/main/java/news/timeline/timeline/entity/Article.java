package news.timeline.timeline.entity;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A news article as extract-service described it; its events live on as {@link Mention}s.
 */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public String id;

    public String url;

    public String title;

    /** The outlet, e.g. The New York Times. */
    public String source;

    public String language;

    /** The publication date as the feed gave it (a date or a timestamp). */
    @Column(name = "published_at")
    public String publishedAt;

    /** The day it was published: its publication date, else its document creation time, when a day; else null. */
    @Column(name = "published_day")
    public LocalDate publishedDay;

    /** Its leading sentences that hold no day-precise event: what it tells on the day it was published. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "leads", nullable = false)
    public List<String> leads = new ArrayList<>();

    /** The document creation time the extractor resolved relative dates against. */
    public String dct;

    @Column(name = "dct_source", nullable = false)
    public String dctSource;

    @Column(name = "dct_granularity")
    public String dctGranularity;

    @Column(name = "dct_confidence")
    public Double dctConfidence;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "dct_evidence", nullable = false)
    public List<String> dctEvidence = new ArrayList<>();

    /** The actors the article's events name most often (fullest form), for merging reports that name nobody. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "main_actors", nullable = false)
    public List<String> mainActors = new ArrayList<>();

    @Column(name = "extracted_at")
    public Instant extractedAt;

    /** The extraction engine that produced the article's events; null for records older than schema 1.1. */
    @Column(name = "engine_version")
    public String engineVersion;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** When this service committed the article: the end of its way from POST to queryable. */
    @Column(name = "stored_at", nullable = false)
    public Instant storedAt;

    /** Digest of the message the article was stored from; an unchanged redelivery is skipped. */
    @Column(name = "content_hash")
    public String contentHash;

    /** The outlet's name, else the site, else the article itself: what counts as one independent source. */
    public String outletKey() {
        if (source != null && !source.isBlank()) {
            return source.trim().toLowerCase();
        }
        if (url != null) {
            try {
                String host = URI.create(url.trim()).getHost();
                if (host != null) {
                    return host.toLowerCase().replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException notAUri) {
                // an unusable URL tells nothing about the outlet
            }
        }
        return "article:" + id;
    }
}
