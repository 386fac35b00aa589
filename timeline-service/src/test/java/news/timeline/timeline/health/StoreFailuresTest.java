package news.timeline.timeline.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** How real PostgreSQL failures, raised through Hibernate and the pool, are classified. */
@QuarkusTest
class StoreFailuresTest {

    @Inject
    EntityManager em;

    private static RuntimeException failureOf(Supplier<Object> work) {
        try {
            QuarkusTransaction.requiringNew().call(work::get);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected the database to refuse");
    }

    @Test
    void valuesTheDatabaseCannotHoldAreRefused() {
        RuntimeException nul = failureOf(() -> em.createNativeQuery("select cast(?1 as text)")
                .setParameter(1, "a\u0000b").getSingleResult());
        assertThat(StoreFailures.classify(nul)).isEqualTo(StoreFailures.Kind.REFUSED);
        assertThat(StoreFailures.refusal(nul)).startsWith("SQLState 22021");

        RuntimeException tooLong = failureOf(() -> em.createNativeQuery("insert into article (id, language,"
                + " dct_source, received_at) values ('too-long-language', ?1, 'given', now())")
                .setParameter(1, "x".repeat(36)).executeUpdate());
        assertThat(StoreFailures.classify(tooLong)).isEqualTo(StoreFailures.Kind.REFUSED);
        assertThat(StoreFailures.refusal(tooLong)).startsWith("SQLState 22001");

        RuntimeException badDate = failureOf(() -> em.createNativeQuery("select cast(?1 as date)")
                .setParameter(1, "99999999-12-31").getSingleResult());
        assertThat(StoreFailures.classify(badDate)).isEqualTo(StoreFailures.Kind.REFUSED);
    }

    @Test
    void aDeadlockOrSerializationFailureIsAConflict() {
        RuntimeException conflict = failureOf(() -> em.createNativeQuery(
                "do $$ begin raise exception using errcode = 'serialization_failure'; end $$").executeUpdate());
        assertThat(StoreFailures.classify(conflict)).isEqualTo(StoreFailures.Kind.CONFLICT);
    }

    @Test
    void anAdministratorShutdownIsUnavailability() {
        RuntimeException shutdown = failureOf(() -> em.createNativeQuery(
                "do $$ begin raise exception using errcode = 'admin_shutdown'; end $$").executeUpdate());
        assertThat(StoreFailures.classify(shutdown)).isEqualTo(StoreFailures.Kind.UNAVAILABLE);
    }

    @Test
    void aStoredValueThatDoesNotMapIsNoOutage() {
        IllegalArgumentException mapping = new IllegalArgumentException("Could not deserialize",
                new com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException(null, "Unrecognized field",
                        null, Object.class, "outlets", null));
        assertThat(StoreFailures.classify(mapping)).isEqualTo(StoreFailures.Kind.UNKNOWN);
        assertThat(StoreFailures.classify(new java.net.ConnectException("refused")))
                .isEqualTo(StoreFailures.Kind.UNAVAILABLE);
    }

    @Test
    void aBugIsUnknown() {
        assertThat(StoreFailures.classify(new IllegalStateException("bug"))).isEqualTo(StoreFailures.Kind.UNKNOWN);
    }
}
