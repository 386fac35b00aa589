package news.timeline.timeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PgArraysTest {

    @Test
    void quotesEveryElementSoCommasBracesAndQuotesSurvive() {
        assertThat(PgArrays.text(new String[] { "a,b", "{c}", "say \"hi\"", "back\\slash" }))
                .isEqualTo("{\"a,b\",\"{c}\",\"say \\\"hi\\\"\",\"back\\\\slash\"}");
    }

    @Test
    void writesDatesAsPostgresReadsThem() {
        assertThat(PgArrays.date(LocalDate.of(2018, 7, 16))).isEqualTo("2018-07-16");
        assertThat(PgArrays.date(LocalDate.of(0, 1, 1))).isEqualTo("0001-01-01 BC");
        assertThat(PgArrays.date(LocalDate.of(-99, 12, 31))).isEqualTo("0100-12-31 BC");
        assertThat(PgArrays.date(LocalDate.of(12000, 1, 1))).isEqualTo("12000-01-01");
        assertThat(PgArrays.date(LocalDate.of(99, 2, 3))).isEqualTo("0099-02-03");
        assertThat(PgArrays.date(LocalDate.of(1, 1, 1))).isEqualTo("0001-01-01");
    }

    @Test
    void readsBackEveryDateItWrites() {
        for (LocalDate date : new LocalDate[] { LocalDate.of(2018, 7, 16), LocalDate.of(0, 1, 1),
                LocalDate.of(-99, 12, 31), LocalDate.of(12000, 1, 1), LocalDate.of(1, 1, 1) }) {
            assertThat(PgArrays.readDate(PgArrays.date(date))).isEqualTo(date);
        }
    }
}
