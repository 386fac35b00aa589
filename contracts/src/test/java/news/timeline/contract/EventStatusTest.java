package news.timeline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class EventStatusTest {

    @Test
    void ordersFromLeastToMostCertainThatItHappened() {
        assertThat(Arrays.stream(EventStatus.values()).map(EventStatus::label))
                .containsExactly("negated", "possible", "planned", "occurred");
        assertThat(EventStatus.OCCURRED).isGreaterThan(EventStatus.PLANNED);
    }

    @Test
    void readsLabelsOfAnyCase() {
        assertThat(EventStatus.fromLabel("Planned")).contains(EventStatus.PLANNED);
        assertThat(EventStatus.fromLabel("rumoured")).isEmpty();
    }
}
