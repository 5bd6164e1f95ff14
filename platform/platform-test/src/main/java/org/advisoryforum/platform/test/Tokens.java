package org.advisoryforum.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.infra.KeycloakTokens;

/**
 * Access tokens for the demo users of the {@code advisory-forum} realm, by the password grant on the public API
 * client {@code forum-cli} (allowed only in a local realm, see {@code LocalRealm}).
 *
 * <pre>{@code given().auth().oauth2(Tokens.accessToken("amara")).get("/api/...")}</pre>
 */
public final class Tokens {

    /** The password of every demo user (local realm file only). */
    public static final String DEMO_PASSWORD = "demo-password";

    public static final String CLIENT_ID = KeycloakTokens.CLIENT_ID;
    public static final String REALM = "advisory-forum";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {}

    /** A token from the Keycloak started by {@link KeycloakTestResource} in this JVM. */
    public static String accessToken(String username) {
        String url = SharedComponents.call("keycloakUrl");
        if (url == null) {
            throw new IllegalStateException(
                    "Keycloak is not running: annotate the test with "
                            + "@QuarkusTestResource(KeycloakTestResource.class), or use accessToken(keycloakBaseUrl, username)");
        }
        return accessToken(url, username);
    }

    /** A token from the Keycloak at {@code keycloakBaseUrl} (e.g. {@code http://localhost:8180}). */
    public static String accessToken(String keycloakBaseUrl, String username) {
        return accessToken(keycloakBaseUrl, username, DEMO_PASSWORD);
    }

    public static String accessToken(String keycloakBaseUrl, String username, String password) {
        return KeycloakTokens.passwordGrant(keycloakBaseUrl, username, password);
    }

    /** POSTs {@code form} to the realm's token endpoint and returns the JSON answer (fails unless 200). */
    public static JsonNode tokenResponse(String keycloakBaseUrl, Map<String, String> form) {
        try {
            return JSON.readTree(KeycloakTokens.request(keycloakBaseUrl, form));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Keycloak user id (the token's {@code sub}) of a demo user: the pseudonymous id every service knows them by. */
    public static UUID subject(String username) {
        return UUID.fromString(claims(accessToken(username)).path("sub").asText());
    }

    /** The decoded payload (claims) of a JWT, for assertions. */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
