package news.timeline.ingest.service;

/**
 * One item of a batch as read: either a request or the reason it could not be read.
 *
 * @param index  position among the batch's items, from 0
 * @param line   line of the body it came from (NDJSON), or its position from 1 (JSON array)
 * @param ending the error ends the batch: the body could not be read past this item (a JSON array broken here, the
 *               body or item limit reached), so nothing after it was read or sent
 */
public record BatchItem(int index, int line, ArticleRequest request, ArticleRejectedException error, boolean ending) {

    static BatchItem parsed(int index, int line, ArticleRequest request) {
        return new BatchItem(index, line, request, null, false);
    }

    static BatchItem rejected(int index, int line, ArticleRejectedException error) {
        return new BatchItem(index, line, null, error, false);
    }

    static BatchItem ending(int index, int line, ArticleRejectedException error) {
        return new BatchItem(index, line, null, error, true);
    }
}
