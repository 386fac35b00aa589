package news.timeline.timeline.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

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

    @ElementCollection
    @CollectionTable(name = "entry_actor", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    public List<String> actors = new ArrayList<>();

    public String location;

    @Column(nullable = false)
    public double confidence;

    @Column(name = "mention_count", nullable = false)
    public int mentionCount;

    /** Distinct outlets reporting it. */
    @Column(name = "source_count", nullable = false)
    public int sourceCount;

    /** Lower-case words of all mentions' statements and sentences, space-delimited, for word search. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
