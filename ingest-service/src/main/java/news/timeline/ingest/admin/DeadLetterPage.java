package news.timeline.ingest.admin;

import java.util.List;

/**
 * A page of the dead-letter listing.
 *
 * @param next the cursor of the next page ({@code partition/offset} of the last record read), null at the end
 * @param scanned records read for this page (at most ingest.dlq.max-scan)
 */
public record DeadLetterPage(List<DeadLetter> items, String next, int scanned) {
}
