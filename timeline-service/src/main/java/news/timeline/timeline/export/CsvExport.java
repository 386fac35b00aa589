package news.timeline.timeline.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import news.timeline.timeline.view.EventView;
import news.timeline.timeline.view.MentionView;
import news.timeline.timeline.view.ReportRowView;

/**
 * Pages of events or of reports as RFC 4180 CSV: a header row, CRLF line ends, fields quoted where they hold a quote,
 * comma or line break. Lists within a field (actors, outlets) are joined with "; ", URLs with a space.
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = ExportFormats.CSV + "; charset=UTF-8; header=present";

    static final List<String> EVENT_COLUMNS = List.of("id", "date", "granularity", "start", "end", "status",
            "statement", "actors", "location", "confidence", "sources", "mentions", "outlets", "urls", "mentions_url");
    static final List<String> REPORT_COLUMNS = List.of("event_id", "event_date", "event_status", "article_id", "url",
            "title", "source", "published_at", "date", "date_text", "statement", "sentence", "status", "confidence");

    private CsvExport() {
    }

    /** One row per entry; its outlets and URLs are those of the reports an event listing carries. */
    public static String events(List<EventView> events) {
        return write(EVENT_COLUMNS, events.stream().map(e -> List.<Object>of(e.id(), e.date(),
                e.granularity().label(), e.dateRange().start(), e.dateRange().end(), e.status().label(),
                text(e.text()), String.join("; ", e.actors()), text(e.location()), e.confidence(), e.sources(),
                e.mentionCount(), joined(e.mentions().stream().map(MentionView::source), "; "),
                joined(e.mentions().stream().map(MentionView::url), " "), e.mentionsUrl())));
    }

    /** One row per report, with the entry it was merged into. */
    public static String reports(List<ReportRowView> rows) {
        return write(REPORT_COLUMNS, rows.stream().map(row -> {
            MentionView m = row.report();
            return List.<Object>of(row.eventId(), row.eventDate(), row.eventStatus().label(), m.articleId(),
                    text(m.url()), text(m.title()), text(m.source()), text(m.publishedAt()), text(m.date()),
                    text(m.dateText()), text(m.text()), text(m.sentence()), m.status().label(), m.confidence());
        }));
    }

    private static String write(List<String> header, Stream<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : (Iterable<List<Object>>) rows::iterator) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static String joined(Stream<String> values, String separator) {
        return String.join(separator, values.filter(Objects::nonNull).distinct().toList());
    }
}
