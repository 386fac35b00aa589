package news.timeline.ingest.service;

/**
 * One item of a batch as read: either a request or the reason it could not be read.
 *
 * @param index position among the batch's items, from 0
 * @param line  line of the body it came from (NDJSON), or its position from 1 (JSON array)
 */
public record BatchItem(int index, int line, ArticleRequest request, ArticleRejectedException error) {

    static BatchItem parsed(int index, int line, ArticleRequest request) {
        return new BatchItem(index, line, request, null);
    }

    static BatchItem rejected(int index, int line, ArticleRejectedException error) {
        return new BatchItem(index, line, null, error);
    }
}
