package news.timeline.ingest.feed;

import java.util.List;

/** A page of subscriptions in id order; {@code next} is the cursor of the next page, absent on the last. */
public record FeedPage(List<FeedView> items, String next) {
}
