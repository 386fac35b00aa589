package news.timeline.contract;

import java.util.List;

/** A message a service consumes: it says which schema version it follows and which required fields it lacks. */
public interface ContractMessage {

    /** {@code major.minor}; null in records of producers older than the field (read as 1.x). */
    String schemaVersion();

    /**
     * The required fields that are null. A consumer ignores fields it does not know (a newer minor version adds
     * some), so a required field a producer renamed or dropped shows up here instead of being read as null.
     */
    List<String> missingFields();
}
