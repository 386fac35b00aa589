package news.timeline.timeline.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import news.timeline.timeline.view.EventView;
import news.timeline.timeline.view.MentionView;

/**
 * Planned entries as an RFC 5545 calendar, one all-day VEVENT each, spanning the entry's days (a month-long plan is
 * a month-long event). Text values are escaped, and lines longer than 75 octets are folded.
 */
public final class ICalendarExport {

    public static final String MEDIA_TYPE = ExportFormats.CALENDAR + "; charset=UTF-8";

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_LINE_OCTETS = 75;

    private ICalendarExport() {
    }

    /** @param stamp when this calendar was made (each event's DTSTAMP) */
    public static String of(List<EventView> planned, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//news-timeline//timeline-service//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:Planned events");
        String dtstamp = STAMP.format(stamp.truncatedTo(ChronoUnit.SECONDS));
        for (EventView event : planned) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid(event.id()));
            line(out, "DTSTAMP:" + dtstamp);
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.dateRange().start()));
            // DTEND is exclusive: the day after the last day.
            line(out, "DTEND;VALUE=DATE:" + DATE.format(event.dateRange().end().plusDays(1)));
            line(out, "SUMMARY:" + text(event.text()));
            line(out, "DESCRIPTION:" + text(description(event)));
            if (event.location() != null) {
                line(out, "LOCATION:" + text(event.location()));
            }
            event.mentions().stream().map(MentionView::url).filter(Html::webUrl).findFirst()
                    .ifPresent(url -> line(out, "URL:" + url));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The same entry has the same UID in every export, so a calendar that subscribes updates it in place. */
    public static String uid(long entryId) {
        return "timeline-entry-" + entryId + "@news-timeline";
    }

    private static String description(EventView event) {
        StringBuilder text = new StringBuilder(event.text());
        if (!event.actors().isEmpty()) {
            text.append("\nActors: ").append(String.join(", ", event.actors()));
        }
        text.append("\nDate as reported: ").append(event.date()).append("\nSources (").append(event.sources())
                .append(" outlets, ").append(event.mentionCount()).append(" reports):");
        for (MentionView report : event.mentions()) {
            text.append("\n- ").append(report.source() == null ? "unknown outlet" : report.source());
            if (report.title() != null) {
                text.append(": ").append(report.title());
            }
            if (report.url() != null) {
                text.append(" <").append(report.url()).append('>');
            }
        }
        return text.toString();
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped, no other controls. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> out.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * Appends a content line, folded (RFC 5545 3.1): after each 75 octets of UTF-8, CRLF and a space, never inside
     * a character.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > MAX_LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
