package news.timeline.timeline.view;

import java.time.LocalDate;

import news.timeline.contract.EventStatus;

/**
 * One report with the entry it was merged into, as a row of a report listing.
 *
 * @param eventDate  the entry's TIMEX3 date
 * @param eventStart the entry's first day, by which the rows are ordered
 * @param reportId   the report's id, by which an entry's rows are ordered
 */
public record ReportRowView(long eventId, String eventDate, LocalDate eventStart, EventStatus eventStatus,
        long reportId, MentionView report) {
}
