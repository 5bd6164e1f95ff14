package org.advisoryforum.forum;

import java.util.UUID;
import org.advisoryforum.platform.test.KeycloakTestUsers;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;

/** Fresh people in the test Keycloak, so tests that grant, remove or erase accounts never touch the demo users. */
public final class TestUsers {

    private TestUsers() {}

    public record Person(String username, UUID id) {
        public String token() {
            return Tokens.accessToken(keycloakUrl(), username);
        }
    }

    /** A signed-in person with no forum role yet. */
    public static Person create(String prefix) {
        KeycloakTestUsers.Person person = KeycloakTestUsers.create(keycloakUrl(), prefix);
        return new Person(person.username(), person.id());
    }

    public static boolean exists(UUID id) {
        return KeycloakTestUsers.exists(keycloakUrl(), id);
    }

    public static String keycloakUrl() {
        return ConfigProvider.getConfig().getValue("keycloak.url", String.class);
    }
}
