package news.timeline.extract.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.extract.temporal.Timex;
import news.timeline.extract.text.GuardedPattern;
import news.timeline.extract.text.Word;
import news.timeline.extract.text.WordLists;

/**
 * Infers when an article was written from its own words, when the feed does not say. Every dated or relative
 * expression becomes a constraint on the publication date (see {@link DctConstraints}): past ones bound it from
 * below, those current or ahead from above. The year is given only where the bounds meet, or where a date with its
 * weekday or a relative expression tied to a full date fixes it; each day within the bounds is then scored against
 * all the evidence. The answer is as fine as the evidence allows: a day only when "yesterday", "today" or "tomorrow"
 * said of a dated mention tells it and it stands alone at the top, else its month or year when all near-best days
 * share one, else unknown. No year in the text means unknown: the current date is never a fallback.
 */
final class PublicationDateInferrer {

    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern YEARLESS_DATE = Pattern.compile("XXXX-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CLOCK = Pattern.compile("T\\d{2}:\\d{2}");
    /**
     * How far into the text a date with its clock time is its date line; further on, it stamps a reader's comment
     * or an update, which a page may carry long after.
     */
    private static final int DATE_LINE_REACH = 300;
    /** Leads that put a year ahead only in a clause that tells no past: "before the 2020 election", "until 2012". */
    private static final Set<String> TENSE_BOUND_LEADS = Set.of("before", "until");
    private static final Pattern LED_BY_PREPOSITION = Pattern.compile(
            "(?i)\\b(on|at|by|until|till|for|before|after|from|since|to)\\s+((mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s*,?\\s*)?$");
    /** What may part a date line's date from its clock time: "2011 4:17 pm", "2011 ; 12:00 AM", "17:45 UK time , ". */
    private static final Pattern CLOCK_GAP = Pattern.compile("(?i)[\\s,;|\\-]{0,4}((uk |local )?time[\\s,;|\\-]{0,4})?");
    private static final Pattern WEEKDAY = GuardedPattern.compile(
            "(?i)\\b(?:(this|next|last|on|later|early|late)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday"
                    + "|sunday)\\b");
    private static final Pattern PRESENT_PROGRESSIVE = Pattern.compile(
            "(?i)\\b(?:is|are|am)\\s+(?:\\w+ly\\s+)?\\w+ing\\b|[’']re\\s+\\w+ing\\b");
    private static final Pattern PAST_FORM = Pattern.compile(
            "(?i)\\b(?:was|were|had|did|said|told|met|\\p{Ll}{3,}ed)\\b");
    private static final Pattern WOULD = Pattern.compile("(?i)\\bwould\\b|[’']d\\b");
    /** A perfect ("has called", "have not met") is a present tense for telling what is past. */
    private static final Pattern PERFECT = Pattern.compile("(?i)\\b(?:has|have)\\s+(?:not\\s+|\\w+ly\\s+)?\\p{L}+");
    /** A year as the time of the clause's event ("will vote in 2020"), not as a name ("the 2016 election"). */
    private static final Pattern YEAR_ADVERBIAL = Pattern.compile(
            "(?i)\\b(?:in|by|during|until|through|throughout)\\s+$");
    private static final double TIE = 0.15;
    private static final double CLEAR_MARGIN = 0.3;
    private static final int MAX_EVIDENCE = 8;

    private final List<RelativeCue> relativeCues = new ArrayList<>();
    /** Every relative cue in one pattern, cue i as group {@code c<i>}: one scan of the text finds them all. */
    private final Pattern anyRelativeCue;
    private final PhraseMatcher aheadCues = PhraseMatcher.of("ahead-cues.txt");
    private final PhraseMatcher aheadAfter = PhraseMatcher.of("dct-ahead-after.txt");
    private final PhraseMatcher pastCues = PhraseMatcher.of("dct-past-cues.txt");
    private final PhraseMatcher preventionVerbs = PhraseMatcher.of("dct-prevention-verbs.txt");
    private final PhraseMatcher reportingVerbs = PhraseMatcher.of("reporting-verbs.txt");
    private final DctBoundFinder bounds = new DctBoundFinder();
    private final StatusClassifier status;
    private final ClauseSegmenter segmenter;
    private final Gazetteer gazetteer;

    PublicationDateInferrer(StatusClassifier status, ClauseSegmenter segmenter, Gazetteer gazetteer) {
        this.status = status;
        this.segmenter = segmenter;
        this.gazetteer = gazetteer;
        for (String line : WordLists.lines("dct-relative.txt")) {
            String[] parts = line.split("\t");
            ChronoUnit unit = switch (parts[1]) {
                case "day" -> ChronoUnit.DAYS;
                case "week" -> ChronoUnit.WEEKS;
                case "month" -> ChronoUnit.MONTHS;
                default -> ChronoUnit.YEARS;
            };
            relativeCues.add(new RelativeCue(parts[0], unit, Integer.parseInt(parts[2])));
        }
        StringBuilder any = new StringBuilder("(?i)\\b(?:");
        for (int i = 0; i < relativeCues.size(); i++) {
            any.append(i == 0 ? "" : "|").append("(?<c").append(i).append('>').append(relativeCues.get(i).regex())
                    .append(')');
        }
        anyRelativeCue = GuardedPattern.compile(any.append(")\\b").toString());
    }

    private record RelativeCue(String regex, ChronoUnit unit, int offset) {
    }

    /** A relative cue found in the text. */
    private record CueAt(int cue, int start, String words) {
    }

    /**
     * The inferred date and the single day that scored best, which serves as reference day for resolving relative
     * expressions even when the answer is only a month or a year (finer results are then coarsened).
     */
    record Inference(PublicationDate date, LocalDate bestDay) {

        static Inference unknown(String why) {
            return unknown(why, List.of());
        }

        static Inference unknown(String why, List<String> evidence) {
            List<String> lines = new ArrayList<>(List.of(why));
            lines.addAll(evidence);
            return new Inference(new PublicationDate(null, DctSource.UNKNOWN, null, 0, List.copyOf(lines)), null);
        }
    }

    /**
     * A dated mention with the sentence it is in, for tying relative expressions to it; a date line's date (one with
     * its clock time, "Thu Jan 6 , 2011 4:17 pm EST") is the text's own, so only "today" or "this week" of the lede
     * glued to it speak of it, not "last year".
     */
    private record Dated(DctConstraints.Anchor anchor, int sentence, boolean dateLine) {
    }

    /**
     * @param text      the article's words (title and body)
     * @param timexes   its temporal expressions, found without a reference date
     * @param sentences its sentences
     */
    Inference infer(String text, List<Timex> timexes, List<Sentence> sentences) {
        List<DctConstraint> constraints = new ArrayList<>();
        List<Dated> anchors = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        List<DctBoundFinder.AheadYear> aheadYears = new ArrayList<>();
        DctBoundFinder.OwnYears ownYears = bounds.ownYears(text);
        constraints.addAll(ownYears.bounds());
        for (int t = 0; t < timexes.size(); t++) {
            Timex timex = timexes.get(t);
            String value = timex.value();
            if (value == null) {
                continue;
            }
            boolean future = soundsFuture(text, sentences, timex.start()) || ledBy(aheadCues, text, timex);
            int sentence = Sentence.indexAt(sentences, timex.start());
            Matcher m;
            boolean fullDate = (m = FULL_DATE.matcher(value)).matches() && !timex.relative();
            if (fullDate && PageStamps.commentStamp(text, timexes, t)) {
                // "At 12:19 26th Apr 2009 , barriesingleton wrote :": a reader answers what was published before
                LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                constraints.add(new DctConstraints.Bound(null, date, timex.text(), "stamps a reader's comment"));
                years.add(date.getYear());
            } else if (fullDate) {
                LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                DayOfWeek written = weekdayBeside(text, timex);
                boolean clocked = timex.start() < DATE_LINE_REACH && clockBeside(text, timexes, t);
                if (clocked && !LED_BY_PREPOSITION.matcher(text.substring(Math.max(0, timex.start() - 20),
                        timex.start())).find()) {
                    // a date line heads the text, no clause of it: "the companies will avoid a charge" in the lede
                    // glued to "Thu Jan 6 , 2011 12:01 pm EST" does not put that day ahead ("at 9 a.m. on Saturday ,
                    // June 12 , 2010" is no date line)
                    future = ledBy(aheadCues, text, timex);
                }
                constraints.add(new DctConstraints.FullDate(date, future, written == date.getDayOfWeek(), clocked,
                        phrase(text, timex, written)));
                constraints.add(dateBound(date, date, future, phrase(text, timex, written)));
                anchors.add(new Dated(new DctConstraints.Anchor(date, null, timex.text()), sentence, clocked));
                years.add(date.getYear());
            } else if ((m = YEARLESS_DATE.matcher(value)).matches() || (m = FULL_DATE.matcher(value)).matches()) {
                // a date resolved against an earlier date of the text keeps only its month and day as evidence
                int group = m.groupCount() == 3 ? 2 : 1;
                MonthDay monthDay = MonthDay.of(num(m, group), num(m, group + 1));
                DayOfWeek written = weekdayBeside(text, timex);
                constraints.add(new DctConstraints.YearlessDate(monthDay, future, written,
                        phrase(text, timex, written)));
                anchors.add(new Dated(new DctConstraints.Anchor(null, monthDay, timex.text()), sentence, false));
            } else if ((m = MONTH.matcher(value)).matches()) {
                Integer year = m.group(1).startsWith("X") || timex.relative() ? null : num(m, 1);
                constraints.add(new DctConstraints.Month(num(m, 2), year, future, timex.text()));
                if (year != null) {
                    years.add(year);
                    LocalDate first = LocalDate.of(year, num(m, 2), 1);
                    constraints.add(dateBound(first, first.withDayOfMonth(first.lengthOfMonth()), future,
                            timex.text()));
                }
            } else if (YEAR.matcher(value).matches() && !timex.relative() && !ownYears.covers(timex.start())) {
                int year = Integer.parseInt(value);
                String words = yearPhrase(text, timex);
                years.add(year);
                if (ledBy(pastCues, text, timex)) {
                    constraints.add(new DctConstraints.Bound(LocalDate.of(year, 1, 1), null, words,
                            "names " + year + " as past"));
                } else if (yearAhead(text, sentences, timex)) {
                    constraints.add(new DctConstraints.Bound(null, LocalDate.of(year, 12, 31), words,
                            "names " + year + " as current or ahead"));
                    aheadYears.add(new DctBoundFinder.AheadYear(year, words));
                } else if (!future) {
                    // only here: a year in a clause that looks ahead without being its time ("will discuss the 2016
                    // election") may lie either way, and bounds nothing
                    constraints.add(new DctConstraints.Bound(LocalDate.of(year, 1, 1), null, words,
                            "names " + year + " as past"));
                }
            }
        }
        addWeekdays(text, timexes, sentences, constraints);
        addRelatives(text, sentences, anchors, constraints);
        constraints.addAll(bounds.countdowns(text, aheadYears));
        List<DctConstraints.Bound> hard = constraints.stream().filter(DctConstraints.Bound.class::isInstance)
                .map(DctConstraints.Bound.class::cast).toList();
        hard.forEach(bound -> years.addAll(bound.years()));
        if (years.isEmpty()) {
            return Inference.unknown("no expression of the text names a year");
        }
        DctConstraints.Bound lowest = hard.stream().filter(b -> b.from() != null)
                .max(Comparator.comparing(DctConstraints.Bound::from)).orElse(null);
        DctConstraints.Bound highest = hard.stream().filter(b -> b.to() != null)
                .min(Comparator.comparing(DctConstraints.Bound::to)).orElse(null);
        LocalDate from = lowest == null ? null : lowest.from();
        LocalDate to = highest == null ? null : highest.to();
        List<String> boundWords = hard.stream().map(DctConstraint::describe).distinct().limit(MAX_EVIDENCE).toList();
        if (from != null && to != null && from.isAfter(to)) {
            return Inference.unknown("the text’s bounds conflict: “" + lowest.words() + "” puts it on or after "
                    + from + ", “" + highest.words() + "” on or before " + to, boundWords);
        }
        boolean boundsMeet = from != null && to != null && from.getYear() == to.getYear();
        if (!boundsMeet && constraints.stream().noneMatch(DctConstraint::fixesYear)) {
            // "the 1918 pandemic" may be recalled in any later year, "the upcoming 2020 election" named years before
            return Inference.unknown(from == null && to == null ? "no expression fixes or bounds the year"
                    : "no expression fixes the year: the text bounds it "
                    + (from == null ? "" : "from " + from.getYear()) + (from != null && to != null ? " " : "")
                    + (to == null ? "" : "to " + to.getYear()) + (from != null && to != null ? "" : " only"),
                    boundWords);
        }
        if (constraints.stream().noneMatch(DctConstraint::fixesYear)) {
            return withinBounds(from, to, hard);
        }
        return choose(constraints, years, from, to);
    }

    /**
     * The answer when only the bounds fix the year: as fine as the interval they leave (a month or a day only when
     * it lies within one), and the surer the more bounds agree.
     */
    private static Inference withinBounds(LocalDate from, LocalDate to, List<DctConstraints.Bound> hard) {
        String granularity = from.equals(to) ? "day" : from.getMonth() == to.getMonth() ? "month" : "year";
        String value = switch (granularity) {
            case "day" -> from.toString();
            case "month" -> from.toString().substring(0, 7);
            default -> String.valueOf(from.getYear());
        };
        List<String> evidence = hard.stream()
                .sorted(Comparator.comparing((DctConstraints.Bound b) -> b.from() == null || b.to() == null))
                .map(DctConstraint::describe).distinct().limit(MAX_EVIDENCE).toList();
        double confidence = Math.min(0.75, 0.25 + 0.1 * evidence.size());
        return new Inference(new PublicationDate(value, DctSource.INFERRED, granularity,
                Math.round(confidence * 100) / 100.0, evidence), from);
    }

    /** A dated mention in the past bounds the publication date from below, one ahead from above. */
    private static DctConstraints.Bound dateBound(LocalDate first, LocalDate last, boolean ahead, String words) {
        return ahead ? new DctConstraints.Bound(null, last, words, "is ahead")
                : new DctConstraints.Bound(first, null, words, "is past");
    }

    /** Scores each day of the text's years within the hard bounds [from, to]. */
    private Inference choose(List<DctConstraint> constraints, Set<Integer> years, LocalDate from, LocalDate to) {
        int fromYear = years.stream().min(Integer::compare).orElseThrow() - 1;
        int toYear = years.stream().max(Integer::compare).orElseThrow() + 2;
        LocalDate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<LocalDate> days = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (LocalDate d = LocalDate.of(fromYear, 1, 1); d.getYear() <= toYear; d = d.plusDays(1)) {
            if ((from != null && d.isBefore(from)) || (to != null && d.isAfter(to))) {
                continue;
            }
            double score = 0;
            for (DctConstraint constraint : constraints) {
                score += constraint.weight() * constraint.fit(d);
            }
            days.add(d);
            scores.add(score);
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        if (bestScore <= 0) {
            return Inference.unknown("the dates of the text do not agree on any publication date");
        }
        LocalDate top = best;
        if (constraints.stream().noneMatch(c -> c.fixesYear() && c.fit(top) > 0)) {
            // the dates that fix the year lie outside the text's bounds ("Jun 3 , 2010 4:17 pm" and a "2012" read
            // as past): what is left would rest on no year the text gives
            return Inference.unknown("the dates that fix the year fall outside the text’s bounds");
        }
        // The year first: other years with near-best days make it uncertain. Then, within the best year, the
        // day stands alone, or its month, or only the year is sure.
        Set<String> nearMonths = new HashSet<>();
        Set<Integer> nearYears = new HashSet<>();
        int nearDays = 0;
        for (int i = 0; i < days.size(); i++) {
            if (scores.get(i) < bestScore - TIE) {
                continue;
            }
            nearYears.add(days.get(i).getYear());
            if (days.get(i).getYear() == best.getYear()) {
                nearDays++;
                nearMonths.add(days.get(i).toString().substring(0, 7));
            }
        }
        String granularity;
        String value;
        double confidence;
        LocalDate chosen = best;
        boolean dayTold = constraints.stream().anyMatch(c -> c instanceof DctConstraints.Relative relative
                && relative.unit() == ChronoUnit.DAYS && relative.fit(chosen) > 0);
        if (nearDays == 1 && dayTold) {
            granularity = "day";
            value = best.toString();
            confidence = secondBest(days, scores, best) <= bestScore - CLEAR_MARGIN ? 0.85 : 0.7;
        } else if (nearMonths.size() == 1) {
            granularity = "month";
            value = best.toString().substring(0, 7);
            confidence = 0.65;
        } else {
            granularity = "year";
            value = String.valueOf(best.getYear());
            confidence = 0.55;
        }
        if (nearYears.size() > 1) {
            confidence *= 0.6;
        }
        return new Inference(new PublicationDate(value, DctSource.INFERRED, granularity,
                Math.round(confidence * 100) / 100.0, evidence(constraints, best)), best);
    }

    private static double secondBest(List<LocalDate> days, List<Double> scores, LocalDate best) {
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < days.size(); i++) {
            if (!days.get(i).equals(best)) {
                second = Math.max(second, scores.get(i));
            }
        }
        return second;
    }

    private static List<String> evidence(List<DctConstraint> constraints, LocalDate best) {
        List<DctConstraint> supporting = new ArrayList<>();
        for (DctConstraint constraint : constraints) {
            if (constraint.fit(best) >= 0.5) {
                supporting.add(constraint);
            }
        }
        supporting.sort(Comparator.comparingDouble(DctConstraint::weight).reversed());
        List<String> out = new ArrayList<>();
        for (DctConstraint constraint : supporting) {
            String line = constraint.describe();
            if (!out.contains(line) && out.size() < MAX_EVIDENCE) {
                out.add(line);
            }
        }
        return List.copyOf(out);
    }

    /** Bare weekdays ("said Sunday", "on Monday"), leaving out those written beside a full date. */
    private void addWeekdays(String text, List<Timex> timexes, List<Sentence> sentences,
            List<DctConstraint> constraints) {
        Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            if (besideDate(text, timexes, m.start(2), m.end(2))) {
                continue;
            }
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            boolean future = "next".equals(modifier) || soundsFuture(text, sentences, m.start(2));
            if ("last".equals(modifier)) {
                future = false;
            }
            constraints.add(new DctConstraints.Weekday(day, future, "this".equals(modifier), m.group()));
        }
    }

    /**
     * Relative expressions tied to a dated mention of the same sentence, or of a sentence naming a place that the
     * relative expression's own clause names ("the summit in Helsinki last week" and "Helsinki, Monday, July 16").
     */
    private void addRelatives(String text, List<Sentence> sentences, List<Dated> anchors,
            List<DctConstraint> constraints) {
        // No two cues overlap (none ends with a word another starts with), so one scan finds what a scan per cue
        // would; the constraints keep the order of the cue list.
        List<CueAt> found = new ArrayList<>();
        Matcher m = anyRelativeCue.matcher(text);
        while (m.find()) {
            int cue = 0;
            while (m.start("c" + cue) < 0) {
                cue++;
            }
            found.add(new CueAt(cue, m.start(), m.group()));
        }
        found.sort(Comparator.comparingInt(CueAt::cue).thenComparingInt(CueAt::start));
        List<Set<String>> places = new ArrayList<>(Collections.nCopies(sentences.size(), null));
        for (CueAt at : found) {
            RelativeCue cue = relativeCues.get(at.cue());
            int sentence = Sentence.indexAt(sentences, at.start());
            Set<String> ownPlaces = sentence < 0 ? Set.of() : placesIn(text, clauseAt(text, sentences.get(sentence),
                    at.start()));
            List<DctConstraints.Anchor> tied = new ArrayList<>();
            for (Dated dated : anchors) {
                if (dated.dateLine() && cue.offset() != 0) {
                    continue;
                }
                boolean sameSentence = dated.sentence() == sentence;
                boolean samePlace = dated.sentence() >= 0 && !ownPlaces.isEmpty()
                        && ownPlaces.stream().anyMatch(placesOf(text, sentences, places, dated.sentence())::contains);
                if (sameSentence || samePlace) {
                    tied.add(dated.anchor());
                }
            }
            if (!tied.isEmpty()) {
                constraints.add(new DctConstraints.Relative(cue.unit(), cue.offset(), tied, at.words()));
            }
        }
    }

    /** The places of sentence i, read when first asked for: most sentences are never asked. */
    private Set<String> placesOf(String text, List<Sentence> sentences, List<Set<String>> places, int i) {
        Set<String> known = places.get(i);
        if (known == null) {
            known = placesIn(text, sentences.get(i));
            places.set(i, known);
        }
        return known;
    }

    /** Cities and regions a sentence names; countries are left out, as most sentences of a story share them. */
    private Set<String> placesIn(String text, Sentence sentence) {
        return placesIn(text, sentence.start(), sentence.end());
    }

    private Set<String> placesIn(String text, Clause clause) {
        return placesIn(text, clause.start(), clause.end());
    }

    private Set<String> placesIn(String text, int from, int to) {
        List<Word> words = Word.of(text, from, to);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            int n = gazetteer.match(text, words, i);
            if (n > 0) {
                String name = gazetteer.nameAt(text, words, i, n);
                if (!gazetteer.isCountry(name)) {
                    out.add(gazetteer.usualName(name));
                }
                i += n - 1;
            }
        }
        return out;
    }

    /**
     * A named year is current or coming when a word such as "before" or "upcoming" leads to it; when words such as
     * "still to come" or "will" follow its phrase ("the 2020 campaign will"); when its clause speaks of what is going
     * on ("Moscow is interfering in the 2020 election") or guards against it ("to deter Russia from interfering in
     * the 2020 race") with no verb in the past (a perfect is present); or when it is the time of a planned event
     * ("will vote in 2020"). A modal verb alone does not count: "will discuss interference in the 2016 election"
     * looks back at 2016.
     */
    private boolean yearAhead(String text, List<Sentence> sentences, Timex timex) {
        String lead = leadOf(aheadCues, text, timex);
        if (lead != null && !TENSE_BOUND_LEADS.contains(lead) || followedByAheadCue(text, timex)) {
            return true;
        }
        int index = Sentence.indexAt(sentences, timex.start());
        if (index < 0) {
            return false;
        }
        Clause clause = clauseAt(text, sentences.get(index), timex.start());
        String words = text.substring(clause.start(), clause.end());
        String beforeYear = text.substring(clause.start(), timex.start());
        if (PAST_FORM.matcher(tenseBearing(words)).find()) {
            return false; // "circulated for four decades until 1957", "the days before 1949 when there was"
        }
        if (lead != null) {
            return true;
        }
        return PRESENT_PROGRESSIVE.matcher(words).find() || preventionVerbs.foundIn(beforeYear)
                || (status.announcesPlan(words) && YEAR_ADVERBIAL.matcher(beforeYear).find());
    }

    /**
     * The clause without what tells nothing of the time of its events: perfects, which are present, and reporting
     * verbs ("As the paper reported, …", "…, officials said"), whose own time is not that of what they report.
     */
    private String tenseBearing(String clause) {
        StringBuilder out = new StringBuilder(PERFECT.matcher(clause).replaceAll(" "));
        for (int[] span : reportingVerbs.find(out)) {
            out.replace(span[0], span[1], " ".repeat(span[1] - span[0]));
        }
        return out.toString();
    }

    /**
     * "the 2020 race, still to come", "the 2012 Games will": a cue after the noun the year names, at most three
     * words after the year and within its sentence ("in 2007. But he will" is no such case).
     */
    private boolean followedByAheadCue(String text, Timex timex) {
        String after = text.substring(timex.end(), Math.min(text.length(), timex.end() + 40))
                .split("[.;:!?()]", 2)[0];
        List<int[]> cues = aheadAfter.find(after);
        if (cues.isEmpty()) {
            return false;
        }
        int words = Word.of(after, 0, cues.get(0)[0]).size();
        return words >= 1 && words <= 3;
    }

    /**
     * A lead word at most two words before the date: "before the November election", "ahead of the 2020 vote" for
     * the ahead cues, "as in 2009", "since 2007" for the past ones.
     */
    private static boolean ledBy(PhraseMatcher leads, String text, Timex timex) {
        return leadOf(leads, text, timex) != null;
    }

    /**
     * The lead word itself, or null; never one of another sentence ("has been with us before . In 1976 it was
     * detected").
     */
    private static String leadOf(PhraseMatcher leads, String text, Timex timex) {
        String[] sentences = text.substring(Math.max(0, timex.start() - 25), timex.start()).split("[.;:!?]", -1);
        String before = sentences[sentences.length - 1];
        List<int[]> cues = leads.find(before);
        if (cues.isEmpty()) {
            return null;
        }
        int[] cue = cues.get(cues.size() - 1);
        return Word.of(before, cue[1], before.length()).size() <= 2
                ? before.substring(cue[0], cue[1]).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * Whether the clause announces a plan or looks ahead from the past ("said it would be announced Thursday").
     */
    private boolean soundsFuture(String text, List<Sentence> sentences, int offset) {
        int index = Sentence.indexAt(sentences, offset);
        if (index < 0) {
            return false;
        }
        Clause clause = clauseAt(text, sentences.get(index), offset);
        String words = text.substring(clause.start(), clause.end());
        return status.announcesPlan(words) || WOULD.matcher(words).find();
    }

    private Clause clauseAt(String text, Sentence sentence, int offset) {
        for (Clause clause : segmenter.segment(text, sentence)) {
            if (clause.start() <= offset && offset < clause.end()) {
                return clause;
            }
        }
        return new Clause(sentence.start(), sentence.end(), Clause.Link.MAIN);
    }

    /** A weekday written in the expression or right before it ("Monday, July 16, 2018"). */
    private static DayOfWeek weekdayBeside(String text, Timex timex) {
        int from = Math.max(0, timex.start() - 12);
        Matcher m = WEEKDAY.matcher(text.substring(from, timex.end()));
        DayOfWeek found = null;
        while (m.find()) {
            found = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        }
        return found;
    }

    /** Whether a clock time stands right before or after the expression at {@code index}, a few characters away. */
    private static boolean clockBeside(String text, List<Timex> timexes, int index) {
        Timex timex = timexes.get(index);
        for (int k = Math.max(0, index - 1); k <= Math.min(timexes.size() - 1, index + 1); k++) {
            Timex other = timexes.get(k);
            if (k == index || other.value() == null || !CLOCK.matcher(other.value()).find()) {
                continue;
            }
            String between = other.end() <= timex.start() ? text.substring(other.end(), timex.start())
                    : timex.end() <= other.start() ? text.substring(timex.end(), other.start()) : "x";
            if (CLOCK_GAP.matcher(between).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean besideDate(String text, List<Timex> timexes, int start, int end) {
        for (Timex timex : timexes) {
            String value = timex.value() == null ? "" : timex.value();
            boolean dated = FULL_DATE.matcher(value).matches() || YEARLESS_DATE.matcher(value).matches();
            if (!dated) {
                continue;
            }
            boolean inside = timex.start() <= start && end <= timex.end();
            boolean before = end <= timex.start() && text.substring(end, timex.start()).matches("[,\\s]{0,3}");
            if (inside || before) {
                return true;
            }
        }
        return false;
    }

    private static String phrase(String text, Timex timex, DayOfWeek written) {
        if (written == null || timex.text().toLowerCase(Locale.ROOT).contains(
                written.toString().toLowerCase(Locale.ROOT))) {
            return timex.text();
        }
        int from = Math.max(0, timex.start() - 12);
        Matcher m = WEEKDAY.matcher(text.substring(from, timex.start()));
        int start = timex.start();
        while (m.find()) {
            start = from + m.start(2);
        }
        return text.substring(start, timex.end());
    }

    /** "the 2020 election" reads better as evidence than "2020". */
    private static String yearPhrase(String text, Timex timex) {
        List<Word> after = Word.of(text, timex.end(), Math.min(text.length(), timex.end() + 30));
        String next = after.isEmpty() || after.get(0).start() != timex.end() + 1 ? "" : " " + after.get(0).text();
        return timex.text() + next;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
