package news.timeline.timeline.view;

import java.util.List;

/**
 * One page of entries in date order.
 *
 * @param next cursor of the following page, or null on the last page
 */
public record EventPage(List<EventView> items, String next) {
}
