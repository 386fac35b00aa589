package news.timeline.loadtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One article to post.
 *
 * @param seq          its position in the generated stream, from 0
 * @param syndicatedOf the seq of the article whose text this one republishes, or -1
 */
public record GeneratedArticle(int seq, String url, String title, String text, String publishedAt, String source,
        String topic, int syndicatedOf) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The article as one line of the ingest service's NDJSON batch format. */
    public String toJsonLine() {
        ObjectNode node = JSON.createObjectNode();
        node.put("url", url);
        node.put("title", title);
        node.put("text", text);
        node.put("publishedAt", publishedAt);
        node.put("source", source);
        node.put("language", "en");
        return node.toString();
    }

    public boolean syndicated() {
        return syndicatedOf >= 0;
    }
}
