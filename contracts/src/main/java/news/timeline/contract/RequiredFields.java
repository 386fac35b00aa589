package news.timeline.contract;

import java.util.ArrayList;
import java.util.List;

/** Collects the names of required fields that are null, for {@link ContractMessage#missingFields()}. */
final class RequiredFields {

    private final List<String> missing = new ArrayList<>();

    RequiredFields require(String name, Object value) {
        if (value == null) {
            missing.add(name);
        }
        return this;
    }

    RequiredFields addAll(List<String> names) {
        missing.addAll(names);
        return this;
    }

    List<String> missing() {
        return List.copyOf(missing);
    }
}
