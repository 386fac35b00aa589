package news.timeline.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.timeline.timeline.cli.TimelineScore.Dated;

class TimelineScoreTest {

    private static final List<Dated> REFERENCE = List.of(
            new Dated("2010-04-20", "The rig explodes"),
            new Dated("2010-07-15", "The well is capped"),
            new Dated("2010-09-19", "The well is sealed"));

    @Test
    void aPerfectTimelineScoresOne() {
        TimelineScore s = TimelineScore.of(REFERENCE, REFERENCE);
        assertThat(s.dateF1()).isEqualTo(1.0);
        assertThat(s.concatRouge1()).isEqualTo(1.0);
        assertThat(s.agreementRouge1()).isEqualTo(1.0);
    }

    @Test
    void datesCountOnlyWhenEqualAndWordsOnlyOnAgreeingDatesForAgreement() {
        List<Dated> system = List.of(
                new Dated("2010-04-20", "the rig exploded"),
                new Dated("2010-07-16", "the well is capped"));
        TimelineScore s = TimelineScore.of(system, REFERENCE);
        assertThat(s.dateP()).isEqualTo(0.5);
        assertThat(s.dateR()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.dateF1()).isCloseTo(0.4, within(1e-9));
        // concat: "the rig exploded the well is capped" (7) vs 11 reference words; common the×2, rig, well, is, capped
        assertThat(s.concatRouge1()).isCloseTo(2 * (6 / 7.0) * (6 / 11.0) / (6 / 7.0 + 6 / 11.0), within(1e-9));
        // agreement: only 2010-04-20 agrees: "the", "rig" of 7 system and 11 reference words
        assertThat(s.agreementRouge1()).isCloseTo(2 * (2 / 7.0) * (2 / 11.0) / (2 / 7.0 + 2 / 11.0), within(1e-9));
    }

    @Test
    void anEmptyTimelineScoresZero() {
        TimelineScore s = TimelineScore.of(List.of(), REFERENCE);
        assertThat(s.dateF1()).isZero();
        assertThat(s.concatRouge1()).isZero();
    }
}
