package news.timeline.ingest.service;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** The main text of an HTML page: the article body without navigation, scripts, forms and asides. */
final class HtmlText {

    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "button, iframe, svg, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

    record Page(String title, String text) {
    }

    private HtmlText() {
    }

    static Page of(String html) {
        Document document = Jsoup.parse(html);
        String title = pageTitle(document);
        document.select(NOISE).remove();
        Element root = mainElement(document);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            // A block nested in another block is already part of the outer one's text.
            if (block.parents().stream().takeWhile(parent -> parent != root).anyMatch(parent -> parent.is(BLOCKS))) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        String text = paragraphs.isEmpty() ? root.text().strip() : String.join("\n\n", paragraphs);
        return new Page(title, text);
    }

    private static String pageTitle(Document document) {
        Element h1 = document.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String title = document.title().strip();
        return title.isEmpty() ? null : title;
    }

    private static Element mainElement(Document document) {
        Element article = document.selectFirst("article, main, [role=main], [itemprop=articleBody]");
        return article != null ? article : document.body();
    }
}
