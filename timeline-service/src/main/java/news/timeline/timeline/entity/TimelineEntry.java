package news.timeline.timeline.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;

/**
 * One real-world event on the timeline, merged from the reports ({@link Mention}s) of one or more articles. Its
 * descriptive fields summarize the mentions and are recomputed whenever they change.
 */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeline_entry_seq")
    @SequenceGenerator(name = "timeline_entry_seq", sequenceName = "timeline_entry_seq", allocationSize = 50)
    public Long id;

    /** TIMEX3 value of the most specific date the mentions give. */
    @Column(name = "date_value", nullable = false)
    public String dateValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Granularity granularity;

    @Column(name = "date_start", nullable = false)
    public LocalDate dateStart;

    @Column(name = "date_end", nullable = false)
    public LocalDate dateEnd;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventStatus status;

    /** Everyone the reports name, by the fullest form any report uses (bounded, see EntryUpdater). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> actors = new ArrayList<>();

    public String location;

    @Column(nullable = false)
    public double confidence;

    @Column(name = "mention_count", nullable = false)
    public int mentionCount;

    /** Distinct outlets reporting it. */
    @Column(name = "source_count", nullable = false)
    public int sourceCount;

    /** Status and confidence of the report whose statement {@link #text} is, to compare a new report with. */
    @Enumerated(EnumType.STRING)
    @Column(name = "lead_status", nullable = false)
    public EventStatus leadStatus;

    @Column(name = "lead_confidence", nullable = false)
    public double leadConfidence;

    /** The highest centrality of any report (early in its article, its story in the headline), 0..1. */
    @Column(nullable = false)
    public double centrality;

    /** How much the entry deserves a place on a short timeline, kept up to date as reports arrive. */
    @Column(nullable = false)
    public double salience;

    /** A bounded summary of the reports: what a new report is compared with. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "profile")
    public EntryProfile profile;

    /** Optimistic lock: concurrent merges into one entry never lose an update. */
    @Version
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
