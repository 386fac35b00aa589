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

    @Test
    void rejectsDatesNoEntryCanHave() {
        // e1:+999999999-12-31:1, as reported in issue 9: a valid LocalDate that PostgreSQL's date cannot hold.
        assertThatThrownBy(() -> EventCursor.decode("ZTE6Kzk5OTk5OTk5OS0xMi0zMTox"))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("cursor");
        EventCursor lastDay = new EventCursor(LocalDate.of(9999, 12, 31), 7);
        assertThat(EventCursor.decode(lastDay.encode())).isEqualTo(lastDay);
    }
}
