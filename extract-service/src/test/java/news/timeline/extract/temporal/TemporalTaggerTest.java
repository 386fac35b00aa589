package news.timeline.extract.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {
    private static final TemporalTagger TAGGER = TemporalTagger.load();
    private static final LocalDate MARCH = LocalDate.of(2018, 3, 10);

    private static Timex only(String text, LocalDate dct) {
        List<Timex> found = TAGGER.tag(text, dct);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void monthDirectionFollowsTheVerb() {
        assertThat(only("Exports fell in August.", MARCH).value()).isEqualTo("2017-08");
        assertThat(only("Parliament will vote in August.", MARCH).value()).isEqualTo("2018-08");
        // "Ala." and "vs." end no sentence, and the verb after a long apposition still governs the fronted month
        List<Timex> found = TAGGER.tag("In January, a week after the 25th anniversary of the Roe vs. Wade Supreme "
                + "Court decision, a clinic bombing in Birmingham, Ala., killed a guard.", LocalDate.of(2018, 10, 25));
        assertThat(found.get(0).value()).isEqualTo("2018-01");
    }

    @Test
    void weekdayDirectionFollowsTheVerb() {
        assertThat(only("The minister resigned Friday.", MARCH).value()).isEqualTo("2018-03-09");
        assertThat(only("The minister will resign Friday.", MARCH).value()).isEqualTo("2018-03-16");
        // the period of "Mr." ends no sentence: the verb after the name still governs the fronted weekday
        assertThat(only("On Friday, Mr. Smith will resign.", MARCH).value()).isEqualTo("2018-03-16");
        // what a text prepares for lies ahead
        assertThat(only("The spill is a political liability ahead of the November elections .",
                LocalDate.of(2010, 5, 24)).value()).isEqualTo("2010-11");
        // a cue word after a determiner is a noun, no verb: "his plans" tells nothing of when he unveiled them
        assertThat(only("Obama unveiled his plans in March .", LocalDate.of(2009, 6, 4)).value()).isEqualTo("2009-03");
        // the present simple of a scheduled event looks ahead; other present verbs tell no side of now
        assertThat(only("The summit opens Friday in Geneva.", MARCH).value()).isEqualTo("2018-03-16");
        assertThat(only("The summit opened Friday in Geneva.", MARCH).value()).isEqualTo("2018-03-09");
    }

    @Test
    void aPastVerbRightAfterTheExpressionGovernsItPastAFrontedPhrase() {
        LocalDate tuesday = LocalDate.of(1998, 8, 18);
        assertThat(only("Just ahead of Albright's trip, the State Department on Sunday issued a warning .",
                tuesday).value()).isEqualTo("1998-08-16");
        assertThat(TAGGER.tag("But in what appeared to be a repeat of the operation, the withdrawal soon turned into "
                + "a rout .", tuesday)).isEmpty();
        // a day said of a noun keeps the tense of the clause around it
        LocalDate thursday = LocalDate.of(2010, 5, 6);
        assertThat(only("Refurbished after the storm, the dome on Wednesday was to take a journey by barge .",
                thursday).value()).isEqualTo("2010-05-05");
    }

    @Test
    void aPossessiveWeekdayADayOrTwoAheadIsTheNextOne() {
        LocalDate friday = LocalDate.of(2018, 3, 9);
        assertThat(only("Preparations are under way for Saturday's concert .", friday).value()).isEqualTo("2018-03-10");
        assertThat(only("Preparations are under way for Saturday 's concert .", friday).value())
                .isEqualTo("2018-03-10");
        // further ahead, or told in the past, the last one
        LocalDate monday = LocalDate.of(2018, 3, 12);
        assertThat(only("The bonds carry a premium over Thursday's closing price .", monday).value())
                .isEqualTo("2018-03-08");
        assertThat(only("Fans packed the hall for Saturday's concert .", friday).value()).isEqualTo("2018-03-03");
    }

    @Test
    void modalsLookAheadTheirPerfectBack() {
        LocalDate monday = LocalDate.of(2010, 8, 2);
        assertThat(only("Questions may be raised during the debate on Tuesday .", monday).value())
                .isEqualTo("2010-08-03");
        assertThat(only("The work might run into Wednesday .", monday).value()).isEqualTo("2010-08-04");
        assertThat(only("He may have been sailing on Saturday .", monday).value()).isEqualTo("2010-07-31");
        // an obligation is no perfect: "soon" stays an expression of what is ahead
        assertThat(only("The costs might have to be met soon .", monday).value()).isEqualTo("FUTURE_REF");
        assertThat(only("The oil could reach the shore by Friday .", monday).value()).isEqualTo("2010-08-06");
        // negated, "could" is the past of "can"; its perfect looks back
        assertThat(only("He could not be reached for comment Friday .", monday).value()).isEqualTo("2010-07-30");
        assertThat(only("He could n't be reached for comment Friday .", monday).value()).isEqualTo("2010-07-30");
        assertThat(only("The deal could have closed Friday .", monday).value()).isEqualTo("2010-07-30");
        assertThat(only("The new dome should be working by Friday .", monday).value()).isEqualTo("2010-08-06");
        // "have" after the modal is a perfect only before a participle
        assertThat(only("The government should have said so on Friday .", monday).value()).isEqualTo("2010-07-30");
        assertThat(only("By Friday , they should have enough virus .", monday).value()).isEqualTo("2010-08-06");
        // the month "May" is no modal
        assertThat(TAGGER.tag("Fitch in May admitted a mistake made on Thursday .", monday))
                .extracting(Timex::value).containsExactly("2010-05", "2010-07-29");
    }

    @Test
    void aYearAheadOfTheStoryDoesNotMoveIt() {
        // a history (many past years named), told long after: bare dates follow the story, not the date of writing
        String history = "The war lasted from 1955 to 1975, with truces in 1954, 1962, 1963, 1964, 1965, 1968, 1969, "
                + "1972 and 1973. ";
        LocalDate written = LocalDate.of(2009, 12, 1);
        List<Timex> planned = TAGGER.tag(history + "On 10 March 1975, the offensive began. The main push would "
                + "come in 1976. The town fell on 11 March.", written);
        assertThat(planned.subList(11, planned.size())).extracting(Timex::value)
                .containsExactly("1975-03-10", "1976", "1975-03-11");
        List<Timex> told = TAGGER.tag(history + "On 10 March 1975, the offensive began. In 1976, the army crossed "
                + "the river. The town fell on 11 March.", written);
        assertThat(told.subList(11, told.size())).extracting(Timex::value)
                .containsExactly("1975-03-10", "1976", "1976-03-11");
    }

    @Test
    void sectionsHeadedByPastYearsTellHistory() {
        LocalDate written = LocalDate.of(2009, 12, 19);
        String sections = "1936\n\nThe general was killed in a plane crash on 20 July. The siege ended in October.\n\n"
                + "1937\n\nThe army attacked the capital in January, but failed. In July, it turned north.";
        assertThat(TAGGER.tag(sections, written)).extracting(Timex::value)
                .containsExactly("1936", "1936-07-20", "1936-10", "1937", "1937-01", "1937-07");
        // the same years inside sentences, too few to make the text a history: months are read from the date
        String report = "A film about 1936 opened. The general was killed in a plane crash on 20 July. A book about 1937"
                + " came out in October.";
        assertThat(TAGGER.tag(report, written)).extracting(Timex::value)
                .containsExactly("1936", "2009-07-20", "1937", "2009-10");
    }

    @Test
    void aRangeEndWrittenWithTwoDigitsIsAYearBesideItsStart() {
        LocalDate written = LocalDate.of(2010, 6, 1);
        assertThat(TAGGER.tag("Violence fell in 2007-08 , after the 1995-96 crisis .", written))
                .extracting(Timex::text, Timex::value)
                .containsExactly(tuple("2007", "2007"), tuple("08", "2008"), tuple("1995", "1995"), tuple("96", "1996"));
        assertThat(TAGGER.tag("The figures were filed in 2010-05 by the agency .", written))
                .extracting(Timex::value).containsExactly("2010");
        assertThat(TAGGER.tag("The battle was fought on 22-25 April 1951 near the river .", written))
                .extracting(Timex::text).contains("25 April 1951");
    }

    @Test
    void theWritersOwnYearInAHistoryIsAnAside() {
        LocalDate written = LocalDate.of(2009, 12, 19);
        String history = "1919\n\nThe armies met on 3 May.\n\n1920\n\nThe cavalry reached the city on 12 August. ";
        List<Timex> found = TAGGER.tag(history + "Documents found in 2004 proved that the codes had been broken. "
                + "The city fell on 17 August.", written);
        assertThat(found).extracting(Timex::value)
                .containsExactly("1919", "1919-05-03", "1920", "1920-08-12", "2004", "1920-08-17");
        List<Timex> visit = TAGGER.tag(history + "I intend to visit the city in late 2007, at the end of the year.",
                written);
        assertThat(visit).extracting(Timex::value)
                .containsExactly("1919", "1919-05-03", "1920", "1920-08-12", "2007", "2007");
    }

    @Test
    void setsCarryTheirFrequencyAndQuantifier() {
        Timex twice = only("The board meets twice a month.", MARCH);
        assertThat(twice.type()).isEqualTo(TimexType.SET);
        assertThat(twice.value()).isEqualTo("P1M");
        assertThat(twice.freq()).isEqualTo("2X");
        assertThat(twice.quant()).isNull();
        Timex every = only("The paper comes out every week.", MARCH);
        assertThat(every.value()).isEqualTo("P1W");
        assertThat(every.quant()).isEqualTo("EVERY");
        assertThat(every.freq()).isNull();
        assertThat(only("The pills are taken 3 times a day.", MARCH).freq()).isEqualTo("3X");
        assertThat(only("Prices fell in August.", MARCH).quant()).isNull();
        assertThat(only("The board meets twice a year.", MARCH).freq()).isEqualTo("2X");
        assertThat(only("The nurse checks in every few days.", MARCH).quant()).isEqualTo("EVERY");
        Timex otherThursday = only("The committee meets every other Thursday.", MARCH);
        assertThat(otherThursday.value()).isEqualTo("XXXX-WXX-4");
        assertThat(otherThursday.quant()).isEqualTo("EVERY");
        assertThat(otherThursday.freq()).isEqualTo("2W");
        Timex quarterly = only("Dividends are paid quarterly.", MARCH);
        assertThat(quarterly.value()).isEqualTo("P1Q");
        assertThat(quarterly.freq()).isNull();
        assertThat(quarterly.quant()).isNull();
    }

    @Test
    void followsTheReferenceTimeSetByTheText() {
        List<Timex> found = TAGGER.tag("The ceasefire began on July 16, 2014. The following day, talks opened.",
                MARCH);
        assertThat(found).extracting(Timex::value).containsExactly("2014-07-16", "2014-07-17");
    }

    @Test
    void aSpanSinceATimeLeavesTheTextWhereItWas() {
        List<Timex> found = TAGGER.tag("The talks began on March 3, 2005, the first since June 2, 1998. The next day, "
                + "they ended.", LocalDate.of(2010, 6, 1));
        assertThat(found.get(2).value()).isEqualTo("2005-03-04");
        List<Timex> history = TAGGER.tag("The war began in 1910 and spread in 1911 and 1912 ; talks came in 1913 "
                + "and 1914 . Treaties followed in 1915 , 1916 and 1917 , and fighting resumed in 1918 and 1919 . In "
                + "1920 the cavalry won the largest battle since 1813 . In September , it retreated .",
                LocalDate.of(2009, 12, 19));
        assertThat(history.get(history.size() - 1).value()).isEqualTo("1920-09");
        // a clause of "when" tells what happened then, and the text goes on from there
        List<Timex> when = TAGGER.tag("Shares fell since April 20, when the rig exploded. Two days later, the rig "
                + "sank.", LocalDate.of(2010, 6, 1));
        assertThat(when.get(1).value()).isEqualTo("2010-04-22");
    }

    @Test
    void aHistoryMovesForwardIntoTheNextYear() {
        String years = "The war began in 1930 and spread in 1931 and 1932 ; talks came in 1933 and 1934 . Treaties "
                + "followed in 1935 , 1936 and 1937 , and fighting resumed in 1938 and 1939 . ";
        LocalDate dct = LocalDate.of(2009, 12, 19);
        // a bare year after the day keeps the month the history is at
        List<Timex> next = TAGGER.tag(years + "In 1941 the war widened . On December 7 ( December 8 in Asia ) , 1941 "
                + ", the fleet was attacked . In January , the Allies signed a declaration .", dct);
        assertThat(next.get(next.size() - 1).value()).isEqualTo("1942-01");
        // a month a little before the one the history is at is the same year's
        List<Timex> same = TAGGER.tag(years + "On July 12 , 1943 , the offensive began , after the armies spent "
                + "March rebuilding .", dct);
        assertThat(same.get(same.size() - 1).value()).isEqualTo("1943-03");
    }

    @Test
    void soonInAHistoryAtAPastYearIsNoTimeAheadOfNow() {
        String years = "The war began in 1930 and spread in 1931 and 1932 ; talks came in 1933 and 1934 . Treaties "
                + "followed in 1935 , 1936 and 1937 , and fighting resumed in 1938 and 1939 . ";
        LocalDate dct = LocalDate.of(2009, 12, 19);
        List<Timex> found = TAGGER.tag(years + "In 1941 the admiral knew that another fleet would soon be sent .", dct);
        assertThat(found.get(found.size() - 1).text()).isEqualTo("1941");
        // in news, what would soon happen still lies ahead of the date of writing
        assertThat(only("Officials said the plant would soon reopen .", dct).value()).isEqualTo("FUTURE_REF");
    }

    @Test
    void aHolidayInAHistoryIsThatOfTheYearTheStoryIsAt() {
        String years = "The war began in 1930 and spread in 1931 and 1932 ; talks came in 1933 and 1934 . Treaties "
                + "followed in 1935 , 1936 and 1937 , and fighting resumed in 1938 and 1939 . ";
        LocalDate dct = LocalDate.of(2009, 12, 19);
        List<Timex> found = TAGGER.tag(years + "In December 1941 the army crossed the river on Christmas night .",
                dct);
        assertThat(found.get(found.size() - 1)).extracting(Timex::text, Timex::value)
                .containsExactly("Christmas", "1941-12-25");
        // in news, the nearest one to the date of writing, as before
        assertThat(only("The shops closed on Christmas .", dct).value()).isEqualTo("2009-12-25");
    }

    @Test
    void theSecondOfAPairIsReadWithTheFirst() {
        LocalDate dct = LocalDate.of(1999, 4, 20);
        assertThat(TAGGER.tag("Leaders meet on April 24 and 25 in Washington .", dct))
                .extracting(Timex::text, Timex::value)
                .containsExactly(tuple("April 24", "1999-04-24"), tuple("25", "1999-04-25"));
        String years = "The war began in 1914 and spread in 1915 and 1916 ; America joined in 1917 and an armistice "
                + "came in 1918 . Treaties followed in 1919 , 1920 and 1921 , and the last troops left in 1922 and "
                + "1923 . ";
        List<Timex> found = TAGGER.tag(years + "The fleet was led in 1782 and 1783 by Suffren .", dct);
        assertThat(found.subList(found.size() - 2, found.size())).extracting(Timex::value)
                .containsExactly("1782", "1783");
    }

    @Test
    void aDecadeNamesNoYearForADay() {
        String years = "The war began in 1930 and spread in 1931 and 1932 ; talks came in 1933 and 1934 . Treaties "
                + "followed in 1935 , 1936 and 1937 , and fighting resumed in 1938 and 1939 . ";
        List<Timex> found = TAGGER.tag(years + "He led the program in the 1960s and '70s . He spoke again on June 29 .",
                LocalDate.of(2010, 7, 2));
        assertThat(found.get(found.size() - 1)).extracting(Timex::text, Timex::value)
                .containsExactly("June 29", "2010-06-29");
    }

    @Test
    void aYearInBracketsIsAnAsideTheAccountDoesNotMoveTo() {
        List<Timex> found = TAGGER.tag("The war began in 1914 and spread in 1915 and 1916 ; America joined in 1917 "
                + "and an armistice came in 1918 . Treaties followed in 1919 , 1920 and 1921 , and the last troops "
                + "left in 1922 and 1923 . In 1925 the Assembly met , recalling the old charter ( 1790 ) . On 17 "
                + "August , it voted .", LocalDate.of(2009, 12, 19));
        assertThat(found).extracting(Timex::value).contains("1790");
        assertThat(found.get(found.size() - 1).value()).isEqualTo("1925-08-17");
    }

    @Test
    void noExpressionGoesOnPastALineBreak() {
        List<Timex> found = TAGGER.tag("Markets to remain closed until Friday\nSeptember 18 , 2008 The government",
                LocalDate.of(2008, 9, 18));
        assertThat(found).extracting(Timex::text).containsExactly("Friday", "September 18 , 2008");
        assertThat(found.get(0).value()).isEqualTo("2008-09-19");
    }

    @Test
    void unknownDctLeavesDependentPartsUnknown() {
        assertThat(only("The vote is on July 16.", null).value()).isEqualTo("XXXX-07-16");
        assertThat(only("Prices rose last week.", null).value()).isEqualTo("XXXX-WXX");
        assertThat(only("Prices rose in 1998.", null).value()).isEqualTo("1998");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "On 16 July 2018 \u00e9t\u00e9 ended.";
        Timex t = only(text, MARCH);
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()).isEqualTo("16 July 2018");
    }

    @Test
    void pathologicalInputsFinishAndFindNothingSpurious() {
        assertThat(TAGGER.tag("9".repeat(200_000), MARCH)).isEmpty();
        assertThat(TAGGER.tag("July ".repeat(50_000), MARCH)).hasSize(50_000);
    }

    @Test
    void concurrentUseGivesTheSameResults() throws Exception {
        String text = "Stocks fell Friday after rising 5% last week; talks resume next month, three years after "
                + "the 1998 crisis.";
        List<Timex> expected = TAGGER.tag(text, MARCH);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Timex>>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> TAGGER.tag(text, MARCH)));
            }
            for (Future<List<Timex>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
    }
}
