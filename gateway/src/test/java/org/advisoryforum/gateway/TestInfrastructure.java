package org.advisoryforum.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import org.advisoryforum.platform.test.KeycloakTestResource;

/** The gateway's tests use a real Keycloak and a recording backend (see {@link EchoBackendResource}). */
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(EchoBackendResource.class)
public class TestInfrastructure {}
