package news.timeline.timeline.service;

import java.time.LocalDate;

/** The days a date covers, both inclusive. */
public record DateRangeView(LocalDate start, LocalDate end) {
}
