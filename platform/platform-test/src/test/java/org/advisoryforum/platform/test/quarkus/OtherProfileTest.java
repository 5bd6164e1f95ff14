package org.advisoryforum.platform.test.quarkus;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.advisoryforum.platform.test.KafkaTestResource;
import org.advisoryforum.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(OtherProfileTest.Other.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class OtherProfileTest {

    public static class Other implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sanity.profile", "other");
        }
    }

    @Test
    void seesTheSameComponents() {
        SharedChecks.check(getClass());
    }
}
