package org.advisoryforum.forum;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.advisoryforum.platform.test.KafkaTestResource;
import org.advisoryforum.platform.test.KeycloakTestResource;
import org.advisoryforum.platform.test.PostgresTestResource;

/**
 * Every @QuarkusTest of this module runs against real PostgreSQL, Kafka and Keycloak; forum-service's Keycloak admin
 * client reaches Keycloak through {@link KeycloakLink}, which a test can cut.
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(KeycloakLinkTestResource.class)
public class TestInfrastructure {}
