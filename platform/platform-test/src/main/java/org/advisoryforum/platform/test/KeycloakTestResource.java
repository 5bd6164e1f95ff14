package org.advisoryforum.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real Keycloak 26 with the {@code advisory-forum} realm for {@code @QuarkusTest}s: started once per
 * JVM with an in-memory database ({@code --db=dev-mem}: every JVM begins from the realm file) and shared
 * by every test class. The distribution is unpacked once under {@code <project root>/target/local-infra};
 * its log is {@code target/test-infra/keycloak.log} of the module.
 *
 * Returns {@code quarkus.oidc.auth-server-url} (the realm URL) and {@code keycloak.url} (the base URL).
 * {@link #stop()} does nothing: Keycloak stops with the JVM. Get tokens with {@link Tokens}.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return SharedComponents.call("keycloak");
    }

    @Override
    public void stop() {
        // shared by all tests of this JVM; a shutdown hook stops it
    }
}
