package news.timeline.timeline.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;

/**
 * One article's report of an event: the dated statement exactly as the extractor found it.
 */
@Entity
@Table(name = "mention")
public class Mention extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mention_seq")
    @SequenceGenerator(name = "mention_seq", sequenceName = "mention_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    public TimelineEntry entry;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    /** The outlet the report counts for ({@link Article#outletKey()}). */
    @Column(name = "outlet_key", nullable = false)
    public String outletKey;

    /** Position of the event in the article's message. */
    @Column(name = "event_index", nullable = false)
    public int eventIndex;

    @Column(name = "date_value", nullable = false)
    public String dateValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Granularity granularity;

    @Column(name = "date_start", nullable = false)
    public LocalDate dateStart;

    @Column(name = "date_end", nullable = false)
    public LocalDate dateEnd;

    @Column(name = "date_text")
    public String dateText;

    @Column(name = "date_offset_start")
    public int dateOffsetStart;

    @Column(name = "date_offset_end")
    public int dateOffsetEnd;

    @Column(nullable = false)
    public String text;

    public String sentence;

    @Column(name = "sentence_start")
    public int sentenceStart;

    @Column(name = "sentence_end")
    public int sentenceEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> actors = new ArrayList<>();

    public String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventStatus status;

    @Column(nullable = false)
    public double confidence;
}
