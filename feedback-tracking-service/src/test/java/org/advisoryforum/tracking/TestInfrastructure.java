package org.advisoryforum.tracking;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.advisoryforum.platform.test.KafkaTestResource;
import org.advisoryforum.platform.test.KeycloakTestResource;
import org.advisoryforum.platform.test.PostgresTestResource;

/** Every @QuarkusTest of this module runs against real PostgreSQL, Kafka and Keycloak. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tracking"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
public class TestInfrastructure {}
