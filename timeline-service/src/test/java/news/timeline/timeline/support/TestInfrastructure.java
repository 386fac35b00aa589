package news.timeline.timeline.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Declares the real PostgreSQL and Kafka every {@code @QuarkusTest} of this module runs against, started once.
 */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
