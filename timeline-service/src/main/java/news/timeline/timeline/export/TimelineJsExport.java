package news.timeline.timeline.export;

import java.time.LocalDate;
import java.util.List;

import news.timeline.contract.timex.Granularity;
import news.timeline.timeline.view.OutletView;
import news.timeline.timeline.view.TimelineItemView;
import news.timeline.timeline.view.TimelineView;

/**
 * A timeline as TimelineJS3 data: one slide per item. A date that is a span (a week, a month, a year...) keeps its
 * span: start and end dates at its own precision, so TimelineJS shows "July 2018", not July 1.
 */
public final class TimelineJsExport {

    private TimelineJsExport() {
    }

    /** @param query what the timeline was asked for, in words, shown on the title slide */
    public static TimelineJs.Document of(TimelineView timeline, String query) {
        TimelineJs.Text title = new TimelineJs.Text("News timeline",
                "<p>" + Html.escape(query.isBlank() ? "The most salient events" : query) + "</p>");
        return new TimelineJs.Document(new TimelineJs.Slide(null, null, title, null, false, null),
                timeline.items().stream().map(TimelineJsExport::slide).toList(), "human");
    }

    private static TimelineJs.Slide slide(TimelineItemView item) {
        Granularity precision = item.granularity();
        TimelineJs.DateParts start = parts(item.dateRange().start(), precision);
        TimelineJs.DateParts end = precision == Granularity.DAY ? null : parts(item.dateRange().end(), precision);
        return new TimelineJs.Slide(start, end, new TimelineJs.Text(Html.escape(item.summary()), body(item)),
                item.status().label(), false, "entry-" + item.id());
    }

    static TimelineJs.DateParts parts(LocalDate day, Granularity precision) {
        return switch (precision) {
            case DAY, WEEK -> new TimelineJs.DateParts(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            case MONTH, QUARTER, SEASON, HALF -> new TimelineJs.DateParts(day.getYear(), day.getMonthValue(), null);
            case YEAR, DECADE, CENTURY -> new TimelineJs.DateParts(day.getYear(), null, null);
        };
    }

    /** Status, actors and place; the other statements of the date; the reporting articles as links. */
    private static String body(TimelineItemView item) {
        StringBuilder html = new StringBuilder("<p>").append(Html.escape(item.status().label()));
        if (!item.actors().isEmpty()) {
            html.append(" · ").append(Html.escape(String.join(", ", item.actors())));
        }
        if (item.location() != null) {
            html.append(" · ").append(Html.escape(item.location()));
        }
        html.append("</p>");
        List<String> others = item.statements().stream().filter(s -> !s.equals(item.summary())).toList();
        if (!others.isEmpty()) {
            html.append("<ul>");
            others.forEach(s -> html.append("<li>").append(Html.escape(s)).append("</li>"));
            html.append("</ul>");
        }
        html.append("<p>Sources (").append(item.sources()).append(" outlets, ").append(item.mentions())
                .append(" reports):</p><ul>");
        for (OutletView outlet : item.outlets()) {
            String name = outlet.name() == null ? "unknown outlet" : outlet.name();
            html.append("<li>").append(Html.link(outlet.url(), name));
            if (outlet.title() != null) {
                html.append(": ").append(Html.escape(outlet.title()));
            }
            html.append("</li>");
        }
        return html.append("</ul>").toString();
    }
}
