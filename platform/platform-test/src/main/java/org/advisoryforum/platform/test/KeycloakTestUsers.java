package org.advisoryforum.platform.test;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh people in a local Keycloak, so tests that grant, remove or erase accounts never touch the demo users. Uses the
 * local Keycloak's bootstrap admin: forum-service's service account holds only what forum-service itself needs.
 */
public final class KeycloakTestUsers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakTestUsers() {}

    /** A person who can sign in with {@link Tokens#DEMO_PASSWORD}; {@code id} is their Keycloak id (a token's sub). */
    public record Person(String username, UUID id) {}

    /** A signed-in person with no forum role yet. */
    public static Person create(String keycloakUrl, String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return create(keycloakUrl, username, "Test", "Person " + username);
    }

    /**
     * A person with exactly this account name in Keycloak; {@code firstName} and {@code lastName} may be null (an account
     * with no name, whose token's {@code name} claim is absent).
     */
    public static Person create(String keycloakUrl, String username, String firstName, String lastName) {
        Map<String, Object> user = new java.util.HashMap<>(Map.of(
                "username",
                username,
                "enabled",
                true,
                "emailVerified",
                true,
                "email",
                username + "@example.org",
                "credentials",
                List.of(Map.of("type", "password", "value", Tokens.DEMO_PASSWORD, "temporary", false))));
        if (firstName != null) {
            user.put("firstName", firstName);
        }
        if (lastName != null) {
            user.put("lastName", lastName);
        }
        HttpResponse<String> created = admin(keycloakUrl, "POST", "/users", user);
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "could not create " + username + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return new Person(username, UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
    }

    /** Gives {@code person} a realm role directly (e.g. {@code staff}, {@code admin}), as an administrator would. */
    public static void grantRealmRole(String keycloakUrl, Person person, String role) {
        HttpResponse<String> found = admin(keycloakUrl, "GET", "/roles/" + role, null);
        if (found.statusCode() != 200) {
            throw new IllegalStateException("no realm role " + role + ": " + found.statusCode());
        }
        try {
            HttpResponse<String> granted = admin(
                    keycloakUrl,
                    "POST",
                    "/users/" + person.id() + "/role-mappings/realm",
                    List.of(JSON.readTree(found.body())));
            if (granted.statusCode() != 204) {
                throw new IllegalStateException(
                        "could not grant " + role + ": " + granted.statusCode() + " " + granted.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Empties the account's first and last name, as anyone may in the account console. The realm then refuses a new
     * sign-in until the profile is complete, but sessions already open carry on (refresh tokens keep working), their
     * tokens without a {@code name} claim.
     */
    public static void removeAccountName(String keycloakUrl, UUID id) {
        HttpResponse<String> updated =
                admin(keycloakUrl, "PUT", "/users/" + id, Map.of("firstName", "", "lastName", ""));
        if (updated.statusCode() != 204) {
            throw new IllegalStateException(
                    "could not update " + id + ": " + updated.statusCode() + " " + updated.body());
        }
    }

    public static boolean exists(String keycloakUrl, UUID id) {
        return admin(keycloakUrl, "GET", "/users/" + id, null).statusCode() == 200;
    }

    private static HttpResponse<String> admin(String keycloakUrl, String method, String path, Object body) {
        try {
            String token = org.advisoryforum.platform.infra.KeycloakTokens.localAdmin(keycloakUrl);
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(keycloakUrl + "/admin/realms/" + Tokens.REALM + path))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json");
            request.method(
                    method,
                    body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
