package news.timeline.timeline.view;

import java.time.LocalDate;

/** The days a date covers, both inclusive. */
public record DateRangeView(LocalDate start, LocalDate end) {
}
