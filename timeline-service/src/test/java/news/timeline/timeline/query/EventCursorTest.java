package news.timeline.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EventCursorTest {

    @Test
    void roundTrips() {
        EventCursor cursor = new EventCursor(LocalDate.of(2018, 7, 16), 51);
        assertThat(EventCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void rejectsForeignCursors() {
        assertThatThrownBy(() -> EventCursor.decode("not-a-cursor")).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("cursor");
        String wrongVersion = java.util.Base64.getUrlEncoder().encodeToString("x9:2018-07-16:1".getBytes());
        assertThatThrownBy(() -> EventCursor.decode(wrongVersion)).isInstanceOf(InvalidParameterException.class);
    }
}
