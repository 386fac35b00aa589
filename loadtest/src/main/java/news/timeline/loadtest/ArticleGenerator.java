package news.timeline.loadtest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Realistic articles at any scale, recombined from the sentences of a corpus: each new article takes a source
 * article's story, opens with one of its sentences, goes on with sentences of the same story up to 2–5 KB, gets an
 * outlet from a list, a new URL, and a publication date near the source's. A share of the articles are syndicated
 * copies: the text of an earlier article under another outlet and URL. The same seed gives the same articles.
 */
public final class ArticleGenerator {

    static final String[] OUTLETS = {
        "Reuters|reuters.com", "Associated Press|apnews.com", "BBC News|bbc.co.uk", "The Guardian|theguardian.com",
        "The Washington Post|washingtonpost.com", "Fox News|foxnews.com", "The New York Times|nytimes.com",
        "CNN|cnn.com", "NBC News|nbcnews.com", "Al Jazeera|aljazeera.com", "The Independent|independent.co.uk",
        "Los Angeles Times|latimes.com", "The Times of India|timesofindia.indiatimes.com", "ABC News|abcnews.go.com",
        "Deutsche Welle|dw.com", "France 24|france24.com", "The Irish Times|irishtimes.com",
        "Sydney Morning Herald|smh.com.au", "CBC News|cbc.ca", "Euronews|euronews.com", "Bloomberg|bloomberg.com",
        "USA Today|usatoday.com", "The Telegraph|telegraph.co.uk", "Chicago Tribune|chicagotribune.com",
    };
    private static final DateTimeFormatter PATH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);

    private final Corpus corpus;
    private final SplittableRandom random;
    private final double syndicationRate;
    private final int minBytes;
    private final int maxBytes;
    private final String runTag;
    private final List<GeneratedArticle> originals = new ArrayList<>();
    private int next;

    /**
     * @param syndicationRate share of articles that republish an earlier one (0..1)
     * @param runTag          part of every URL, so that two runs with the same seed can post new articles (or, with
     *                        the same tag, exactly the same ones)
     */
    public ArticleGenerator(Corpus corpus, long seed, double syndicationRate, String runTag) {
        this(corpus, seed, syndicationRate, runTag, 2048, 5120);
    }

    ArticleGenerator(Corpus corpus, long seed, double syndicationRate, String runTag, int minBytes, int maxBytes) {
        this.corpus = corpus;
        this.random = new SplittableRandom(seed);
        this.syndicationRate = syndicationRate;
        this.runTag = runTag;
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
    }

    public GeneratedArticle next() {
        int seq = next++;
        if (!originals.isEmpty() && random.nextDouble() < syndicationRate) {
            // Wire copy: usually of a recent article, under another outlet.
            int back = Math.min(originals.size(), 1 + random.nextInt(50));
            GeneratedArticle original = originals.get(originals.size() - back);
            String outlet = otherOutlet(original.source());
            return new GeneratedArticle(seq, url(outlet, original.publishedAt(), original.title(), seq),
                    original.title(), original.text(), original.publishedAt(), name(outlet), original.topic(),
                    original.seq());
        }
        List<List<Corpus.Source>> topics = corpus.topics();
        List<Corpus.Source> story = topics.get(random.nextInt(topics.size()));
        Corpus.Source lead = story.get(random.nextInt(story.size()));
        int target = minBytes + random.nextInt(maxBytes - minBytes + 1);
        StringBuilder text = new StringBuilder();
        int leadIndex = random.nextInt(Math.min(3, lead.sentences().size()));
        String first = lead.sentences().get(leadIndex);
        text.append(first);
        int size = bytes(first);
        // Go on in the lead article, then with sentences of other articles of the same story.
        int i = leadIndex + 1;
        Corpus.Source from = lead;
        int guard = 0;
        while (size < target && guard++ < 400) {
            if (i >= from.sentences().size() || random.nextInt(6) == 0) {
                from = story.get(random.nextInt(story.size()));
                i = random.nextInt(from.sentences().size());
            }
            String sentence = from.sentences().get(i++);
            int more = bytes(sentence);
            if (size + 2 + more > maxBytes) {
                if (size >= minBytes) {
                    break;
                }
                continue;
            }
            String gap = random.nextInt(4) == 0 ? "\n\n" : " ";
            text.append(gap).append(sentence);
            size += gap.length() + more;
        }
        LocalDate day = lead.publishedAt().plusDays(Math.round(random.nextGaussian() * 2.0));
        String publishedAt = random.nextBoolean() ? day.toString()
                : day + String.format(Locale.ROOT, "T%02d:%02d:00Z", random.nextInt(24), random.nextInt(60));
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        String title = title(first);
        GeneratedArticle article = new GeneratedArticle(seq, url(outlet, publishedAt, title, seq), title,
                text.toString(), publishedAt, name(outlet), lead.topic(), -1);
        originals.add(article);
        if (originals.size() > 200) {
            originals.remove(0);
        }
        return article;
    }

    private String otherOutlet(String sourceName) {
        String outlet;
        do {
            outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        } while (name(outlet).equals(sourceName));
        return outlet;
    }

    private String url(String outlet, String publishedAt, String title, int seq) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return "https://www." + outlet.substring(outlet.indexOf('|') + 1) + "/"
                + PATH_DATE.format(LocalDate.parse(publishedAt.substring(0, 10))) + "/" + slug + "-" + runTag + "-"
                + seq;
    }

    private static String name(String outlet) {
        return outlet.substring(0, outlet.indexOf('|'));
    }

    private static String title(String sentence) {
        String[] words = sentence.replaceAll("[\"“”]", "").split("\\s+");
        StringBuilder title = new StringBuilder();
        for (int w = 0; w < Math.min(words.length, 12); w++) {
            title.append(w == 0 ? "" : " ").append(words[w]);
        }
        return title.toString().replaceAll("[,.;:]+$", "");
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
