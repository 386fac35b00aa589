package news.timeline.ingest.rest;

/** The answer to an accepted article: its stable id and where its events will be. */
public record Accepted(String id, String status, String location) {
}
