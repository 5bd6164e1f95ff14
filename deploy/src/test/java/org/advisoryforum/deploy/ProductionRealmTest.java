package org.advisoryforum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The production realm files are exactly what ProductionRealm makes from the shipped realm, and hold nothing local. */
class ProductionRealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode expected() throws Exception {
        return JSON.readTree(
                ProductionRealm.fromShipped(ProductionFiles.read("deploy/keycloak/advisory-forum-realm.json")));
    }

    @Test
    void theComposeAndKubernetesRealmsAreGeneratedFromTheShippedOneAndHaveNotDrifted() throws Exception {
        assertThat((Object) JSON.readTree(ProductionFiles.read(ProductionRealm.COMPOSE_FILE)))
                .as("regenerate with ProductionRealm (deploy/PRODUCTION.md, Keycloak)")
                .isEqualTo(expected());
        GenericKubernetesResource realmImport = (GenericKubernetesResource)
                ProductionFiles.manifests(ProductionFiles.root().resolve(ProductionRealm.KUBERNETES_FILE))
                        .get(0);
        Map<String, Object> realm = realmImport.get("spec", "realm");
        assertThat((Object) JSON.valueToTree(realm)).isEqualTo(expected());
        Map<String, Object> placeholders = realmImport.get("spec", "placeholders");
        assertThat(placeholders).containsOnlyKeys("GATEWAY_CLIENT_SECRET", "FORUM_CLIENT_SECRET", "PUBLIC_URL");
    }

    @Test
    void theProductionRealmHasNoDemoUserNoLocalSecretNoPasswordGrantAndOnlyThePublicRedirect() throws Exception {
        JsonNode realm = expected();
        for (JsonNode user : realm.path("users")) {
            assertThat(user.hasNonNull("serviceAccountClientId"))
                    .as("user %s", user.path("username"))
                    .isTrue();
            assertThat(user.has("credentials")).isFalse();
        }
        String text = realm.toString();
        assertThat(text).doesNotContain("local-secret", "demo-password", "localhost", "127.0.0.1");
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false))
                    .as("password grant on %s", client.path("clientId"))
                    .isFalse();
            if (client.has("secret")) {
                assertThat(client.path("secret").asText()).matches("\\$\\{[A-Z_]+}");
            }
        }
        JsonNode gateway = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("gateway")) {
                gateway = client;
            }
        }
        assertThat((Object) gateway).isNotNull();
        assertThat(gateway.path("redirectUris").toString()).isEqualTo("[\"${PUBLIC_URL}/signed-in\"]");
        assertThat(gateway.path("baseUrl").asText()).isEqualTo("${PUBLIC_URL}/");
        assertThat(gateway.path("attributes").path("pkce.code.challenge.method").asText())
                .isEqualTo("S256");
        // the roles, policies and events of the shipped realm are kept
        JsonNode shipped = JSON.readTree(ProductionFiles.read("deploy/keycloak/advisory-forum-realm.json"));
        assertThat((Object) realm.path("roles")).isEqualTo(shipped.path("roles"));
        assertThat((Object) realm.path("passwordPolicy")).isEqualTo(shipped.path("passwordPolicy"));
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
    }
}
