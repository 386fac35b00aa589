package news.timeline.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import news.timeline.extract.temporal.TemporalTagger;
import news.timeline.extract.temporal.Timex;
import news.timeline.extract.temporal.TimexType;
import news.timeline.contract.EventStatus;
import news.timeline.contract.timex.Granularity;
import news.timeline.contract.timex.TimexValue;
import news.timeline.extract.text.Word;

/**
 * Turns an article into dated events. Thread-safe: it holds only immutable rules.
 *
 * <p>The steps: take the title (the given one, else the text's first line when it reads like one) and drop it if
 * it is page furniture; split the text into sentences and drop the furniture among them; fix the publication date
 * (given, else inferred from the text); tag temporal expressions against it; then, per sentence, cut clauses and
 * make one event per clause that holds a date, dated by the expression the clause is about.
 */
public final class EventExtractor {

    private static final int MAX_TITLE_WORDS = 25;
    /** News sentences an article leads with, as DATEWISE reads them (news-tls {@code clip_sents}: the first six). */
    static final int LEADS = 6;
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "where");
    /** "Mr.", "Gen.": a capitalized abbreviation before a name. */
    private static final Pattern TITLE_ABBREVIATION = Pattern.compile("\\p{Lu}\\p{Ll}+\\.");

    private final BiFunction<CharSequence, LocalDate, List<Timex>> tagger;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final ClauseSegmenter segmenter = new ClauseSegmenter();
    private final StatusClassifier status = new StatusClassifier();
    private final Gazetteer gazetteer = new Gazetteer();
    private final ActorFinder actors = new ActorFinder(gazetteer);
    private final LocationFinder locations = new LocationFinder(gazetteer);
    private final StatementTrimmer trimmer = new StatementTrimmer();
    private final AnchorChooser anchors = new AnchorChooser();
    private final PageStamps stamps = new PageStamps();
    private final PublicationDateInferrer inferrer = new PublicationDateInferrer(status, segmenter, gazetteer);

    public EventExtractor(TemporalTagger tagger) {
        this.tagger = tagger::tag;
    }

    public Extraction extract(ArticleText article) {
        String text = article.text() == null ? "" : article.text();
        String rawTitle = article.title();
        int bodyStart = 0;
        if (rawTitle == null) {
            int lineEnd = text.indexOf('\n');
            String firstLine = lineEnd < 0 ? "" : text.substring(0, lineEnd).strip();
            if (readsLikeTitle(firstLine)) {
                rawTitle = firstLine;
                bodyStart = lineEnd + 1;
            }
        }
        String body = text.substring(bodyStart);
        String title = boilerplate.cleanTitle(rawTitle, body);

        List<Sentence> sentences = new ArrayList<>();
        for (Sentence sentence : splitter.split(text)) {
            if (sentence.start() >= bodyStart) {
                sentences.add(sentence);
            }
        }
        List<Sentence> news = boilerplate.keepNews(text, sentences, rawTitle);

        PublicationDateInferrer.Inference inference = publicationDate(article, text, bodyStart);
        PublicationDate dct = inference.date();
        LocalDate reference = inference.bestDay();
        List<Timex> timexes = tagger.apply(text, reference);
        List<ExtractedEvent> events = events(text, news, timexes, dct, reference);
        return new Extraction(title, dct, events, leads(news, events));
    }

    /**
     * Of the article's first {@value #LEADS} news sentences, those that hold no day-precise event: what it tells on the
     * day it was published (DATEWISE's candidates for that day besides the sentences dated to it).
     */
    private static List<String> leads(List<Sentence> news, List<ExtractedEvent> events) {
        return news.stream().limit(LEADS).filter(s -> events.stream().noneMatch(
                e -> "day".equals(e.granularity()) && e.sentenceStart() == s.start())).map(Sentence::text).toList();
    }

    private PublicationDateInferrer.Inference publicationDate(ArticleText article, String text, int bodyStart) {
        if (article.publishedAt() != null) {
            return new PublicationDateInferrer.Inference(new PublicationDate(article.publishedAt().toString(),
                    DctSource.GIVEN, "day", 1.0, List.of()), article.publishedAt());
        }
        // The title and any page furniture stay in: a dateline or a caption is often the best evidence there is.
        String all = article.title() == null || bodyStart > 0 ? text : article.title() + "\n" + text;
        return inferrer.infer(all, tagger.apply(all, null), splitter.split(all));
    }

    private List<ExtractedEvent> events(String text, List<Sentence> news, List<Timex> timexes, PublicationDate dct,
            LocalDate reference) {
        List<Timex> dates = timexes.stream().filter(t -> {
            Sentence holding = holding(news, t);
            return holding == null || !partOfName(text, holding, t);
        }).toList();
        IntPredicate inDate = new DateOffsets(dates);
        // Each sentence is split into words once: names, clauses and statuses all read them.
        List<List<Word>> sentenceWords = new ArrayList<>();
        List<ActorFinder.Name> names = new ArrayList<>();
        for (Sentence sentence : news) {
            List<Word> words = Word.of(text, sentence.start(), sentence.end());
            sentenceWords.add(words);
            names.addAll(actors.find(text, words, inDate));
        }
        KnownNames known = new KnownNames(names);
        List<ExtractedEvent> out = new ArrayList<>();
        for (int s = 0; s < news.size(); s++) {
            Sentence sentence = news.get(s);
            List<DatedMention> dated = new ArrayList<>();
            for (int k = 0; k < timexes.size(); k++) {
                Timex timex = timexes.get(k);
                if (timex.start() >= sentence.start() && timex.end() <= sentence.end()
                        && !partOfName(text, sentence, timex)
                        && !stamps.isStamp(text, timexes, k, sentence.start())) {
                    DatedMention mention = placeable(timex, dct);
                    if (mention != null) {
                        dated.add(mention);
                    }
                }
            }
            if (dated.isEmpty()) {
                continue;
            }
            List<Word> words = sentenceWords.get(s);
            List<Clause> clauses = segmenter.segment(text, sentence, words);
            List<AnchorChooser.Anchor> chosen = anchors.choose(text, clauses, dated);
            for (AnchorChooser.Anchor anchor : chosen) {
                out.add(event(text, sentence, words, clauses, anchor, chosen.size() == 1, known, inDate,
                        reference));
            }
        }
        return List.copyOf(out);
    }

    private ExtractedEvent event(String text, Sentence sentence, List<Word> sentenceWords, List<Clause> clauses,
            AnchorChooser.Anchor anchor, boolean onlyOne, KnownNames known, IntPredicate inDate,
            LocalDate reference) {
        Clause clause = clauses.get(anchor.clause());
        int groupEnd = groupEnd(clauses, anchor);
        DatedMention date = anchor.date();
        Timex timex = date.timex();
        int from;
        int to;
        if (onlyOne && clause.link() != Clause.Link.WHEN) {
            from = sentence.start();
            to = sentence.end();
        } else {
            from = standsFor(text, clause) && anchor.clause() > 0 ? clauses.get(anchor.clause() - 1).start()
                    : clause.start();
            to = groupEnd;
        }
        String statement = trimmer.trim(text, from, to, timex.start(), timex.end());
        String kept = statement;
        List<ActorFinder.Name> found = actors.find(text, from, to, inDate).stream()
                .filter(name -> kept.contains(name.text())).toList();
        List<String> named = ActorFinder.normalize(found, known);
        if (clause.link() == Clause.Link.WHEN && anchor.clause() > 0) {
            statement = withSubject(statement, firstActor(text, clauses.get(anchor.clause() - 1), known, inDate));
        }
        // The place is looked for in the clause and what it reports, and for a relative clause also in the clause
        // its pronoun stands for: "dispatched to Moscow his adviser, who met on Wednesday with Putin".
        int placeFrom = standsFor(text, clause) && anchor.clause() > 0
                ? clauses.get(anchor.clause() - 1).start() : clause.start();
        String location = locations.find(text, placeFrom, placeEnd(clauses, anchor), timex.start(), known);
        EventStatus eventStatus = status.classify(text, sentence, sentenceWords, timex.start(), timex.end(), inDate,
                date.value(), timex.mod(), reference);
        double confidence = confidence(date, anchor.alternatives(), eventStatus);
        return new ExtractedEvent(date.value(), date.granularity(), timex.text(), timex.start(), timex.end(),
                statement, sentence.text(), sentence.start(), sentence.end(), named, location, eventStatus,
                confidence);
    }

    /** The sentence that holds the expression whole, or null. */
    private static Sentence holding(List<Sentence> sentences, Timex timex) {
        int i = Sentence.indexAt(sentences, timex.start());
        return i >= 0 && timex.end() <= sentences.get(i).end() ? sentences.get(i) : null;
    }

    /**
     * A clause's statement runs on through the clauses that complete it: what it reports ("announced Thursday that
     * ...", even when that has a date of its own) and relative clauses without a date of their own; it stops at
     * "but", "when" and asides.
     */
    private static int groupEnd(List<Clause> clauses, AnchorChooser.Anchor anchor) {
        int end = clauses.get(anchor.clause()).end();
        for (int k = anchor.clause() + 1; k < clauses.size(); k++) {
            Clause next = clauses.get(k);
            boolean reported = next.link() == Clause.Link.COMPLEMENT;
            boolean describes = next.link() == Clause.Link.RELATIVE && !anchor.datedClauses().contains(k);
            if (!reported && !describes) {
                break;
            }
            end = next.end();
        }
        return end;
    }

    /** A clause opening with "which", "who" or "where" is read with the clause its pronoun stands for. */
    private static boolean standsFor(String text, Clause clause) {
        if (clause.link() == Clause.Link.RELATIVE) {
            return true;
        }
        List<Word> words = Word.of(text, clause.start(), Math.min(clause.end(), clause.start() + 12));
        return !words.isEmpty() && RELATIVE_PRONOUNS.contains(words.get(0).lower());
    }

    /** A place is looked for in the dated clause and what it reports, not in relative clauses about a noun. */
    private static int placeEnd(List<Clause> clauses, AnchorChooser.Anchor anchor) {
        int end = clauses.get(anchor.clause()).end();
        for (int k = anchor.clause() + 1; k < clauses.size(); k++) {
            Clause next = clauses.get(k);
            if (next.link() != Clause.Link.COMPLEMENT || anchor.datedClauses().contains(k)) {
                break;
            }
            end = next.end();
        }
        return end;
    }

    private String firstActor(String text, Clause clause, KnownNames known, IntPredicate inDate) {
        List<String> named = ActorFinder.normalize(actors.find(text, clause.start(), clause.end(), inDate), known);
        return named.isEmpty() ? null : named.get(0);
    }

    /** "he called to congratulate ..." after "Trump has sought ... since March, when" reads "Trump called ...". */
    private static String withSubject(String statement, String subject) {
        if (subject == null) {
            return statement;
        }
        for (String pronoun : new String[] {"He ", "She ", "They "}) {
            if (statement.startsWith(pronoun)) {
                return subject + " " + statement.substring(pronoun.length());
            }
        }
        return statement;
    }

    /**
     * The expression as an event date, or null when it cannot date one. Durations, sets and vague references
     * (PRESENT_REF...) date nothing. When the publication date is unknown, expressions that need it come back
     * with X's (XXXX-07-16): such events are dropped, since a date without a year cannot be placed on a timeline
     * and guessing one would invent a fact; what the text fixes by itself (a year, a full date) is kept. When the
     * publication date is known only to the month or year, a relative expression is coarsened to that
     * granularity: "Sunday" against a date known to be in 2020 says 2020, not a made-up day.
     */
    private static DatedMention placeable(Timex timex, PublicationDate dct) {
        if (timex.type() != TimexType.DATE && timex.type() != TimexType.TIME) {
            return null;
        }
        String value = timex.value();
        if (value == null) {
            return null;
        }
        if (timex.type() == TimexType.TIME && value.length() > 10 && value.charAt(10) == 'T') {
            value = value.substring(0, 10);
        }
        boolean coarsened = false;
        if (timex.relative() && dct.source() == DctSource.INFERRED && !"day".equals(dct.granularity())) {
            Granularity coarsest = Granularity.fromLabel(dct.granularity()).orElseThrow();
            String coarse = TimexValue.parse(value).map(t -> t.coarsenedTo(coarsest)).orElse(value);
            coarsened = !coarse.equals(value);
            value = coarse;
        }
        Optional<TimexValue> date = TimexValue.parse(value);
        return date.isEmpty() ? null : new DatedMention(timex, value, date.get().granularity().label(), coarsened,
                timex.relative() ? dct : null);
    }

    /**
     * "Theresa May", "Mr. March": a one-word expression right after a capitalized word in mid-sentence is the end of
     * a name, not a month.
     */
    static boolean partOfName(String text, Sentence sentence, Timex timex) {
        if (timex.text().contains(" ") || !Character.isUpperCase(timex.text().charAt(0))) {
            return false;
        }
        List<Word> before = Word.of(text, sentence.start(), timex.start());
        if (before.size() < 2) {
            return false;
        }
        Word previous = before.get(before.size() - 1);
        return previous.end() + 1 == timex.start() && previous.capitalized()
                && Character.isLetter(previous.text().charAt(0)) && !previous.text().endsWith(".")
                || previous.end() + 1 == timex.start() && TITLE_ABBREVIATION.matcher(previous.text()).matches();
    }

    private static double confidence(DatedMention date, int alternatives, EventStatus eventStatus) {
        double c = 0.55;
        c += switch (date.granularity()) {
            case "day" -> 0.15;
            case "week", "month" -> 0.1;
            case "year" -> 0.05;
            default -> 0;
        };
        if (date.dependsOn() == null) {
            c += 0.1;
        } else if (date.dependsOn().source() == DctSource.INFERRED) {
            c *= Math.max(0.5, date.dependsOn().confidence());
        }
        if (date.coarsened()) {
            c -= 0.15;
        }
        if (alternatives > 0) {
            c -= 0.1;
        }
        if (eventStatus == EventStatus.POSSIBLE) {
            c -= 0.05;
        }
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }

    private static boolean readsLikeTitle(String line) {
        if (line.isEmpty() || line.endsWith(".")) {
            return false;
        }
        return Word.of(line).size() <= MAX_TITLE_WORDS;
    }

    /**
     * A temporal expression as an event date.
     *
     * @param value       its TIMEX3 value, maybe coarsened to what the publication date supports
     * @param coarsened   whether it was
     * @param dependsOn   the publication date it was resolved against, or null when the text fixes it
     */
    record DatedMention(Timex timex, String value, String granularity, boolean coarsened,
            PublicationDate dependsOn) {
    }
}
