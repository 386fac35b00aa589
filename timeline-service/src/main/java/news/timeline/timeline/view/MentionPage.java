package news.timeline.timeline.view;

import java.util.List;

/**
 * One page of an entry's reports, in the order they arrived.
 *
 * @param next cursor of the following page, or null on the last page
 */
public record MentionPage(List<MentionView> items, String next) {
}
