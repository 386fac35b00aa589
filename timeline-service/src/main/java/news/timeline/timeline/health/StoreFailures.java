package news.timeline.timeline.health;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;

/**
 * Tells what a failure of the store means for the work that hit it: wait for the database, try again, or give up on
 * this one record or request. Decided from the SQL states PostgreSQL reports and the exceptions Hibernate and the
 * connection pool raise, anywhere in the cause chain.
 */
public final class StoreFailures {

    /** What a failure says about the store and about the work that failed. */
    public enum Kind {
        /** The database cannot be reached or is not serving: wait and try again, however long it takes. */
        UNAVAILABLE,
        /** Lost a race with concurrent work (serialization failure, deadlock, stale version): try again. */
        CONFLICT,
        /** The database refused these values (data exception, constraint violation): retrying cannot help. */
        REFUSED,
        /** None of the above; the caller decides with a probe of the store. */
        UNKNOWN
    }

    /** Connection exceptions, insufficient resources, system errors. */
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "58");
    /** Admin, crash or cannot-connect-now shutdowns; query canceled (statement timeout). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "57P04", "57014");
    /** Serialization failure, deadlock, lock not available. */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01", "55P03");
    /** Data exceptions, integrity constraint violations. */
    private static final Set<String> REFUSED_CLASSES = Set.of("22", "23");

    private StoreFailures() {
    }

    public static Kind classify(Throwable failure) {
        boolean conflict = false;
        boolean refused = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Jackson's failures are IOExceptions too, but a stored value that does not map is no outage: waiting
            // for it would stall the consumer for good.
            if (t instanceof JDBCConnectionException || t instanceof IOException && !(t instanceof JacksonException)
                    || t instanceof QueryTimeoutException || t instanceof org.hibernate.QueryTimeoutException) {
                return Kind.UNAVAILABLE;
            }
            if (t instanceof LockAcquisitionException || t instanceof PessimisticLockException
                    || t instanceof OptimisticLockException || t instanceof StaleStateException) {
                conflict = true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() == 5) {
                String state = sql.getSQLState();
                String stateClass = state.substring(0, 2);
                if (UNAVAILABLE_CLASSES.contains(stateClass) || UNAVAILABLE_STATES.contains(state)) {
                    return Kind.UNAVAILABLE;
                }
                conflict |= CONFLICT_STATES.contains(state);
                refused |= REFUSED_CLASSES.contains(stateClass);
            }
        }
        return conflict ? Kind.CONFLICT : refused ? Kind.REFUSED : Kind.UNKNOWN;
    }

    /**
     * The database's own words for a refusal, one line: the SQL state and PostgreSQL's message (which never holds
     * the statement or its values beyond the offending byte), for a dead letter's reason.
     */
    public static String refusal(Throwable failure) {
        SQLException deepest = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                deepest = sql;
            }
        }
        if (deepest == null) {
            return failure.getClass().getSimpleName();
        }
        String message = String.valueOf(deepest.getMessage()).lines().findFirst().orElse("");
        return "SQLState " + deepest.getSQLState() + ": " + message;
    }
}
