package news.timeline.timeline.view;

import java.util.List;

/** The most salient entries, in date order. */
public record TimelineView(List<TimelineItemView> items) {
}
