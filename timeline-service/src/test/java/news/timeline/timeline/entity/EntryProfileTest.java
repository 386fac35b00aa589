package news.timeline.timeline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class EntryProfileTest {

    @Test
    void aProfileWithFieldsOfALaterReleaseIsReadWithoutThem() throws Exception {
        String json = "{\"samples\":[{\"article\":\"a1\",\"date\":\"2018-07-16\",\"start\":\"2018-07-16\","
                + "\"end\":\"2018-07-16\",\"words\":[\"summit\"],\"actors\":[],\"topicActors\":[],\"status\":\"OCCURRED\","
                + "\"text\":\"The summit\",\"tone\":0.4}],\"words\":[\"summit\"],\"locations\":{},\"outlets\":[\"yle\"],"
                + "\"languages\":[\"en\"]}";
        EntryProfile profile = new ObjectMapper().readValue(json, EntryProfile.class);
        assertThat(profile.samples()).singleElement().extracting(EntryProfile.Sample::text).isEqualTo("The summit");
        assertThat(profile.outlets()).containsExactly("yle");
    }

    @Test
    void outletsAreKnownUpToTheLimitThenAskedOfTheStore() {
        EntryProfile profile = new EntryProfile(List.of(), List.of(), Map.of(), List.of());
        List<String> outlets = new ArrayList<>();
        for (int i = 0; i < EntryProfile.MAX_OUTLETS; i++) {
            assertThat(profile.reportedBy("outlet " + i)).isFalse();
            outlets = profile.outletsWith("outlet " + i);
            profile = new EntryProfile(List.of(), List.of(), Map.of(), outlets);
            assertThat(profile.reportedBy("outlet " + i)).isTrue();
        }
        assertThat(profile.outletsWith("outlet 0")).isSameAs(outlets);
        assertThat(profile.outletsWith("one too many")).isNull();
        assertThat(new EntryProfile(List.of(), List.of(), Map.of(), null).reportedBy("yle")).isNull();
    }
}
