package org.advisoryforum.platform.test.quarkus;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.advisoryforum.platform.test.KafkaTestResource;
import org.advisoryforum.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** With {@link OtherProfileTest}: a second Quarkus application (another profile) reuses the same components. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class SharedAcrossRestartsTest {

    @Test
    void seesTheSharedComponents() {
        SharedChecks.check(getClass());
    }
}
