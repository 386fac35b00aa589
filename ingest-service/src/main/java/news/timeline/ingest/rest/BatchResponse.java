package news.timeline.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import news.timeline.ingest.service.IngestResult;

import java.util.List;

/** The answer to a batch: counts, and one line per item in the order posted. */
public record BatchResponse(int accepted, int rejected, List<Item> items) {

    /** One item's answer: its id when accepted, its problem when not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, int line, int status, String id, Problem problem) {
    }

    static BatchResponse of(List<IngestResult> results, String path) {
        List<Item> items = results.stream()
                .map(r -> r.accepted()
                        ? new Item(r.index(), r.line(), r.status(), r.id(), null)
                        : new Item(r.index(), r.line(), r.status(), r.id(),
                                Problem.of(r.status(), r.title(), r.detail(), path + "#line-" + r.line())))
                .toList();
        int accepted = (int) results.stream().filter(IngestResult::accepted).count();
        return new BatchResponse(accepted, results.size() - accepted, items);
    }
}
