package org.advisoryforum.forum.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.infra.KeycloakTokens;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * forum-service's service account, against the real Keycloak with the shipped realm: the fine-grained admin
 * permissions let it view users and map exactly the realm role {@code member}; every other Admin API change is
 * refused with 403 by Keycloak itself, whatever forum-service's code would try.
 */
@QuarkusTest
class ServiceAccountLeastPrivilegeTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "forum.keycloak.client-secret")
    String clientSecret;

    @Test
    void serviceAccountGrantsAndRemovesTheMemberRoleAndSeesNoOtherRoleToGrant() throws Exception {
        TestUsers.Person person = TestUsers.create("least-privilege");
        String path = "/users/" + person.id() + "/role-mappings/realm";

        List<String> available = names(asService("GET", path + "/available", null));
        assertThat(available).containsExactly("member");

        JsonNode member = adminJson("GET", "/roles/member");
        assertThat(asService("POST", path, List.of(member)).statusCode()).isEqualTo(204);
        assertThat(realmRoles(Tokens.accessToken(TestUsers.keycloakUrl(), person.username())))
                .contains("member");
        assertThat(asService("DELETE", path, List.of(member)).statusCode()).isEqualTo(204);
        assertThat(realmRoles(Tokens.accessToken(TestUsers.keycloakUrl(), person.username())))
                .doesNotContain("member");
    }

    @Test
    void serviceAccountCannotGrantStaffOrAdminNorTakeThemAway() throws Exception {
        TestUsers.Person person = TestUsers.create("no-staff");
        String path = "/users/" + person.id() + "/role-mappings/realm";
        for (String role : List.of("staff", "admin")) {
            HttpResponse<String> granted = asService("POST", path, List.of(adminJson("GET", "/roles/" + role)));
            assertThat(granted.statusCode()).as(role).isEqualTo(403);
        }
        assertThat(realmRoles(Tokens.accessToken(TestUsers.keycloakUrl(), person.username())))
                .doesNotContain("staff", "admin");

        String sam = adminJson("GET", "/users?username=sam&exact=true")
                .get(0)
                .path("id")
                .asText();
        HttpResponse<String> removed = asService(
                "DELETE", "/users/" + sam + "/role-mappings/realm", List.of(adminJson("GET", "/roles/staff")));
        assertThat(removed.statusCode()).isEqualTo(403);
        assertThat(names(admin("GET", "/users/" + sam + "/role-mappings/realm", null)))
                .contains("staff");
    }

    @Test
    void serviceAccountCannotDeleteCreateOrChangeAUser() throws Exception {
        TestUsers.Person person = TestUsers.create("untouchable");
        String user = "/users/" + person.id();
        JsonNode seen = JSON.readTree(asService("GET", user, null).body());
        assertThat(seen.path("username").asText()).isEqualTo(person.username());

        assertThat(asService("DELETE", user, null).statusCode()).isEqualTo(403);
        assertThat(asService("PUT", user, Map.of("email", "attacker@example.com"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(asService(
                                "PUT",
                                user + "/reset-password",
                                Map.of("type", "password", "value", "attacker-password-1", "temporary", false))
                        .statusCode())
                .isEqualTo(403);
        assertThat(asService(
                                "POST",
                                "/users",
                                Map.of("username", "made-by-forum-" + person.username(), "enabled", true))
                        .statusCode())
                .isEqualTo(403);

        JsonNode after = adminJson("GET", user);
        assertThat(after.path("email").asText()).isEqualTo(person.username() + "@example.org");
        assertThat(adminJson("GET", "/users?username=made-by-forum-" + person.username() + "&exact=true"))
                .isEmpty();
    }

    @Test
    void serviceAccountHoldsNoRealmManagementRole() throws Exception {
        String client = adminJson("GET", "/clients?clientId=forum-service")
                .get(0)
                .path("id")
                .asText();
        String account = adminJson("GET", "/clients/" + client + "/service-account-user")
                .path("id")
                .asText();
        JsonNode mappings = adminJson("GET", "/users/" + account + "/role-mappings");
        assertThat(mappings.path("clientMappings").has("realm-management")).isFalse();
    }

    private static List<String> realmRoles(String jwt) {
        List<String> roles = new ArrayList<>();
        Tokens.claims(jwt).path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        return roles;
    }

    private static List<String> names(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        JSON.readTree(response.body()).forEach(r -> names.add(r.path("name").asText()));
        return names;
    }

    private HttpResponse<String> asService(String method, String path, Object body) throws Exception {
        return call(serviceToken(), method, path, body);
    }

    private static JsonNode adminJson(String method, String path) throws Exception {
        HttpResponse<String> response = admin(method, path, null);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> admin(String method, String path, Object body) throws Exception {
        return call(KeycloakTokens.localAdmin(TestUsers.keycloakUrl()), method, path, body);
    }

    /** The forum-service client's own token (client credentials), as the admin client in KeycloakAccounts gets it. */
    private String serviceToken() {
        JsonNode answer = Tokens.tokenResponse(
                TestUsers.keycloakUrl(),
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        "forum-service",
                        "client_secret",
                        clientSecret));
        return answer.path("access_token").asText();
    }

    private static HttpResponse<String> call(String token, String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(TestUsers.keycloakUrl() + "/admin/realms/" + Tokens.REALM + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
