package news.timeline.timeline.view;

import java.util.List;

/** Actors and places, the most frequent first. */
public record EntitiesView(List<EntityCountView> items) {
}
