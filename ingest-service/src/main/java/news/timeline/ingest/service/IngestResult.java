package news.timeline.ingest.service;

/** The outcome for one article: accepted with its id, or rejected with the status and reason. */
public record IngestResult(int index, int line, String id, int status, String title, String detail) {

    public boolean accepted() {
        return status == 202;
    }
}
