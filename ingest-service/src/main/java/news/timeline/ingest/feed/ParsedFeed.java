package news.timeline.ingest.feed;

import java.util.List;

/** A feed document read: its title and its items in document order. */
record ParsedFeed(String title, List<FeedItem> items) {
}
