package org.advisoryforum.forum;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.Map;
import org.advisoryforum.platform.test.KeycloakTestResource;

/**
 * forum-service's Keycloak admin client reaches the real test Keycloak through {@link KeycloakLink}, so a test can
 * take Keycloak away from it and give it back. Everything else (sign-in, tokens for the tests) goes straight there.
 */
public class KeycloakLinkTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        URI keycloak = URI.create(new KeycloakTestResource().start().get("keycloak.url"));
        int relay = KeycloakLink.open(keycloak.getHost(), keycloak.getPort());
        return Map.of("forum.keycloak.url", "http://127.0.0.1:" + relay);
    }

    @Override
    public void stop() {
        KeycloakLink.mend(); // the relay itself lives as long as the JVM, like the Keycloak behind it
    }
}
