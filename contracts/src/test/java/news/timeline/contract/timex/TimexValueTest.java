package news.timeline.contract.timex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimexValueTest {

    @ParameterizedTest(name = "{0} -> {1} {2}..{3}")
    @CsvSource({
            "2018-07-16, DAY, 2018-07-16, 2018-07-16, 2018-07-16",
            "2018-07-16T10:15:00Z, DAY, 2018-07-16, 2018-07-16, 2018-07-16",
            "2018-07-16TNI, DAY, 2018-07-16, 2018-07-16, 2018-07-16",
            "2018-W29, WEEK, 2018-07-16, 2018-07-22, 2018-W29",
            "2020-W53, WEEK, 2020-12-28, 2021-01-03, 2020-W53",
            "2019-W01, WEEK, 2018-12-31, 2019-01-06, 2019-W01",
            "2009-W35-WE, WEEK, 2009-08-29, 2009-08-30, 2009-W35-WE",
            "2018-07, MONTH, 2018-07-01, 2018-07-31, 2018-07",
            "2020-02, MONTH, 2020-02-01, 2020-02-29, 2020-02",
            "2018-Q3, QUARTER, 2018-07-01, 2018-09-30, 2018-Q3",
            "2018-H1, HALF, 2018-01-01, 2018-06-30, 2018-H1",
            "2018-SU, SEASON, 2018-06-01, 2018-08-31, 2018-SU",
            "2018-WI, SEASON, 2018-12-01, 2019-02-28, 2018-WI",
            "2018, YEAR, 2018-01-01, 2018-12-31, 2018",
            "201, DECADE, 2010-01-01, 2019-12-31, 201",
            "20, CENTURY, 2000-01-01, 2099-12-31, 20"
    })
    void parsesCalendarValues(String value, Granularity granularity, LocalDate start, LocalDate end, String normalized) {
        TimexValue date = TimexValue.parse(value).orElseThrow();
        assertThat(date.granularity()).isEqualTo(granularity);
        assertThat(date.start()).isEqualTo(start);
        assertThat(date.end()).isEqualTo(end);
        assertThat(date.value()).isEqualTo(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "notadate", "2018-13", "2018-02-30", "2018-W54", "2019-W53", "2018-Q5", "P3M",
            "PAST_REF", "XXXX-07-16", "2018-07-1", "18" + "0000" })
    void rejectsWhatIsNoCalendarDate(String value) {
        assertThat(TimexValue.parse(value)).isEmpty();
    }

    @ParameterizedTest(name = "{0} no finer than {1}: {2}")
    @CsvSource({
            "2018-07-16, MONTH, 2018-07",
            "2018-07-16, YEAR, 2018",
            "2018-W29, MONTH, 2018",
            "2018-Q3, YEAR, 2018",
            "2018-07, MONTH, 2018-07",
            "2018-07, YEAR, 2018",
            "201, YEAR, 201"
    })
    void coarsensToAMonthOrAYear(String value, Granularity coarsest, String expected) {
        assertThat(TimexValue.parse(value).orElseThrow().coarsenedTo(coarsest)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} nests with {1}: {2}")
    @CsvSource({
            "2018-07-16, 2018-W29, true",
            "2018-W29, 2018-07-16, true",
            "2018-07, 2018-07-16, true",
            "2018-07-16, 2018, true",
            "2018-07-15, 2018-W29, false",
            "2018-W27, 2018-06, false",
            "2018-W26, 2018-07, false",
            "2018-07-16, 2018-07-17, false"
    })
    void nestsOnlyWhenOneSpanContainsTheOther(String a, String b, boolean expected) {
        TimexValue x = TimexValue.parse(a).orElseThrow();
        TimexValue y = TimexValue.parse(b).orElseThrow();
        assertThat(x.nests(y.start(), y.end())).isEqualTo(expected);
    }
}
