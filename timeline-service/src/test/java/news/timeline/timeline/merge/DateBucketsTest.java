package news.timeline.timeline.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import news.timeline.contract.timex.TimexValue;

class DateBucketsTest {

    /** TIMEX values of every granularity around a few years, including spans that cross months and years. */
    private static List<TimexValue> dates() {
        List<String> values = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 150; i++) {
            LocalDate day = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(3 * 366));
            values.add(day.toString());
            values.add(day.getYear() + "-" + String.format("%02d", day.getMonthValue()));
            values.add(day.getYear() + "-W" + String.format("%02d", 1 + random.nextInt(52)));
        }
        values.addAll(List.of("2008", "2009", "2010", "200", "201", "2009-Q1", "2009-Q4", "2010-SU", "2009-WI",
                "2008-12-29", "2009-W01", "2010-W52", "2009-H2", "20"));
        return values.stream().map(TimexValue::parse).filter(java.util.Optional::isPresent)
                .map(java.util.Optional::get).toList();
    }

    /**
     * A report dated by more than a year and a bit (a decade, "the 2000s") does not search months: it finds entries
     * of a quarter or longer, not single days. Every other nesting pair meets.
     */
    @Test
    void everyEntryWhoseDateNestsWithAReportsIsFiledUnderABucketTheReportSearches() {
        List<TimexValue> dates = dates();
        assertThat(dates).hasSizeGreaterThan(400);
        int nesting = 0;
        for (TimexValue report : dates) {
            Set<String> searched = DateBuckets.around(report.start(), report.end());
            for (TimexValue entry : dates) {
                boolean dayInsideDecade = days(report) > 400 && days(entry) <= 92;
                if (report.nests(entry.start(), entry.end()) && !dayInsideDecade) {
                    nesting++;
                    Set<String> filed = new HashSet<>(DateBuckets.of(entry.start(), entry.end()));
                    filed.retainAll(searched);
                    assertThat(filed).as("%s (entry) and %s (report)", entry.value(), report.value()).isNotEmpty();
                }
            }
        }
        assertThat(nesting).isGreaterThan(5_000);
    }

    private static long days(TimexValue date) {
        return date.end().toEpochDay() - date.start().toEpochDay();
    }

    @Test
    void aReportOfOneDayDoesNotSearchTheOtherDaysOfItsMonth() {
        LocalDate day = LocalDate.of(2018, 7, 16);
        Set<String> searched = DateBuckets.around(day, day);
        for (LocalDate other = LocalDate.of(2018, 6, 1); other.isBefore(LocalDate.of(2018, 9, 1));
                other = other.plusDays(1)) {
            Set<String> filed = new HashSet<>(DateBuckets.of(other, other));
            filed.retainAll(searched);
            assertThat(filed).as(other.toString()).isEqualTo(other.equals(day) ? Set.of("D2018-07-16") : Set.of());
        }
    }

    @Test
    void aReportFindsAnEntryThroughAWordTheyShareAndNotOtherwise() {
        TimexValue day = TimexValue.parse("2018-07-16").orElseThrow();
        TimexValue year = TimexValue.parse("2018").orElseThrow();
        Set<String> entryKeys = Set.of(MergeKeys.filing(List.of("putin", "summit"), day.start(), day.end()));
        assertThat(MergeKeys.lookup(List.of("helsinki", "summit"), year.start(), year.end()))
                .anyMatch(entryKeys::contains);
        assertThat(MergeKeys.lookup(List.of("helsinki", "election"), year.start(), year.end()))
                .noneMatch(entryKeys::contains);
    }
}
