package org.advisoryforum.deploy;

import static org.advisoryforum.deploy.ProductionFiles.SERVICES;
import static org.advisoryforum.deploy.ProductionFiles.compose;
import static org.advisoryforum.deploy.ProductionFiles.composeEnvironment;
import static org.advisoryforum.deploy.ProductionFiles.composeService;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** deploy/compose/compose.yaml parsed as YAML (anchors and merge keys resolved as Compose does). */
class ComposeFileTest {

    /** ${NAME}, ${NAME:?message}, ${NAME:-default} */
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[?-])?([^}]*)}");

    @Test
    void everyPropertyAServiceNeedsInProductionHasASourceInCompose() {
        for (var service : SERVICES) {
            Map<String, String> environment = composeEnvironment(service.module());
            for (String property : ProductionFiles.requiredProperties(service.module())) {
                assertThat(environment)
                        .as("%s needs %s in production", service.module(), property)
                        .containsKey(ProductionFiles.envName(property));
            }
            Set<String> known = ProductionFiles.knownEnvNames(service.module());
            for (String name : environment.keySet()) {
                boolean knownName = name.startsWith("QUARKUS_")
                        || known.contains(name)
                        || known.stream()
                                .anyMatch(k -> k.endsWith("_*") && name.startsWith(k.substring(0, k.length() - 1)));
                assertThat(knownName)
                        .as("%s sets %s, which no property of it reads", service.module(), name)
                        .isTrue();
            }
        }
    }

    @Test
    void secretsComeOnlyFromTheEnvFileWithNoDefaultAndTheExampleNamesEveryOneEmpty() {
        String text = ProductionFiles.read("deploy/compose/compose.yaml");
        String example = ProductionFiles.read("deploy/compose/.env.example");
        Set<String> required = new TreeSet<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            if (!"-".equals(m.group(2)) && !":-".equals(m.group(2))) {
                assertThat(m.group(2))
                        .as("${%s} is required (:?), never silently empty", m.group(1))
                        .isEqualTo(":?");
                required.add(m.group(1));
            }
        }
        assertThat(required)
                .contains(
                        "POSTGRES_PASSWORD",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD",
                        "GATEWAY_CLIENT_SECRET",
                        "FORUM_CLIENT_SECRET",
                        "GATEWAY_STATE_SECRET");
        for (String name : required) {
            assertThat(example).as(".env.example lists %s", name).containsPattern("(?m)^" + name + "=");
            if (name.contains("PASSWORD") || name.contains("SECRET")) {
                assertThat(example).as(".env.example leaves %s empty", name).containsPattern("(?m)^" + name + "=$");
            }
        }
        // no secret written into the file itself
        for (String key : List.of("PASSWORD", "SECRET")) {
            Pattern literal = Pattern.compile("(?m)^\\s+[A-Z_]*" + key + "[A-Z_]*: (?!\\$\\{)(.+)$");
            assertThat(literal.matcher(text).find())
                    .as("a %s written into compose.yaml", key)
                    .isFalse();
        }
        assertThat(text).doesNotContain("admin/admin", "demo-password", "local-secret");
        assertThat(ProductionFiles.read(".gitignore")).containsPattern("(?m)^deploy/compose/\\.env$");
    }

    @Test
    void theComponentsAreTheVersionsTheIssueNamesWithProductionSettings() {
        assertThat(composeService("postgres").get("image").toString()).startsWith("postgres:17.");
        assertThat(composeService("kafka").get("image").toString()).startsWith("apache/kafka:4.1.");
        assertThat(composeService("keycloak").get("image").toString()).startsWith("quay.io/keycloak/keycloak:26.");
        Map<String, String> kafka = composeEnvironment("kafka");
        assertThat(kafka.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(composeService("keycloak").get("command")).isEqualTo(List.of("start", "--import-realm"));
        Map<String, String> keycloak = composeEnvironment("keycloak");
        assertThat(keycloak.get("KC_HOSTNAME")).startsWith("https://");
        assertThat(keycloak)
                .containsEntry("KC_PROXY_HEADERS", "xforwarded")
                .containsEntry("KC_DB", "postgres")
                .containsKeys(
                        "KC_PROXY_TRUSTED_ADDRESSES", "KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD");
        assertThat(composeService("keycloak").get("volumes").toString())
                .contains("./keycloak/advisory-forum-realm.json:/opt/keycloak/data/import/");
        // the realm's login theme, from the files the local stack installs
        assertThat(composeService("keycloak").get("volumes").toString())
                .contains("../keycloak/themes/advisory-forum:/opt/keycloak/themes/advisory-forum:ro");
        assertThat(ProductionFiles.root().resolve("deploy/keycloak/themes/advisory-forum/login/theme.properties"))
                .isRegularFile();
        // the realm's placeholders are all given to Keycloak
        Matcher placeholders =
                Pattern.compile("\\$\\{([A-Z_]+)}").matcher(ProductionFiles.read(ProductionRealm.COMPOSE_FILE));
        while (placeholders.find()) {
            assertThat(keycloak)
                    .as("Keycloak gets %s for the realm import", placeholders.group(1))
                    .containsKey(placeholders.group(1));
        }
        // the gateway trusts forwarded headers from the proxy alone, and Keycloak too
        String proxyAddress = String.valueOf(
                ((Map<?, ?>) ((Map<?, ?>) composeService("proxy").get("networks")).get("edge")).get("ipv4_address"));
        assertThat(composeEnvironment("gateway"))
                .containsEntry("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", proxyAddress)
                .containsEntry("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
        assertThat(keycloak).containsEntry("KC_PROXY_TRUSTED_ADDRESSES", proxyAddress);
    }

    @Test
    void onlyTheProxyIsPublishedAndKeycloaksAdminOnlyOnLoopback() {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services =
                (Map<String, Map<String, Object>>) compose().get("services");
        services.forEach((name, service) -> {
            Object ports = service.get("ports");
            switch (name) {
                case "proxy" -> assertThat(ports).isNotNull();
                case "keycloak" ->
                    assertThat((List<?>) ports)
                            .allSatisfy(p -> assertThat(p.toString()).startsWith("127.0.0.1:"));
                default -> assertThat(ports).as("%s publishes no port", name).isNull();
            }
            assertThat(service.get("restart")).as("%s restart policy", name).isEqualTo("unless-stopped");
        });
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> networks =
                (Map<String, Map<String, Object>>) compose().get("networks");
        assertThat(networks.get("backend")).containsEntry("internal", true);
        for (String name :
                List.of("postgres", "kafka", "consultation-service", "forum-service", "feedback-tracking-service")) {
            assertThat((List<Object>) services.get(name).get("networks"))
                    .as(name)
                    .containsExactly("backend");
        }
    }

    @Test
    void stateLivesInVolumesAndEveryComponentHasAHealthCheck() {
        assertThat(composeService("postgres").get("volumes").toString())
                .contains("postgres-data:/var/lib/postgresql/data");
        assertThat(composeService("kafka").get("volumes").toString()).contains("kafka-data:/var/lib/kafka/data");
        for (String name : List.of("postgres", "kafka", "keycloak")) {
            assertThat(composeService(name)).as(name).containsKey("healthcheck");
        }
        for (var service : SERVICES) {
            // the image's HEALTHCHECK (ImagesTest); Compose waits on it
            assertThat(composeService(service.module()).get("build").toString())
                    .contains("src/main/docker/Dockerfile.jvm");
            assertThat(composeService(service.module()).get("read_only")).isEqualTo(true);
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, String>> gatewayDepends =
                (Map<String, Map<String, String>>) composeService("gateway").get("depends_on");
        assertThat(gatewayDepends.get("forum-service")).containsEntry("condition", "service_healthy");
    }

    @Test
    void postgresGetsOneRoleAndDatabasePerServiceAndEachServiceUsesItsOwn() {
        String init = ProductionFiles.read("deploy/compose/postgres/init-databases.sh");
        Map<String, String> postgres = composeEnvironment("postgres");
        for (var service : SERVICES) {
            if (service.database() == null) {
                continue;
            }
            String password = service.database().toUpperCase() + "_DB_PASSWORD";
            assertThat(init).contains("create " + service.database() + " \"$" + password + "\"");
            assertThat(postgres).containsKey(password);
            Map<String, String> env = composeEnvironment(service.module());
            assertThat(env)
                    .containsEntry(
                            "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgres:5432/" + service.database())
                    .containsEntry("QUARKUS_DATASOURCE_USERNAME", service.database());
            assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD")).startsWith("${" + password + ":?");
        }
        assertThat(init).contains("create keycloak \"$KEYCLOAK_DB_PASSWORD\"", "OWNER :\"name\"");
    }

    @Test
    void everyImageIsPinnedAndTheServicesImagesNeedAVersion() {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services =
                (Map<String, Map<String, Object>>) compose().get("services");
        Set<String> ours = new TreeSet<>();
        SERVICES.forEach(s -> ours.add(s.module()));
        services.forEach((name, service) -> {
            String image = String.valueOf(service.get("image"));
            if (ours.contains(name)) {
                assertThat(image)
                        .isEqualTo("advisory-forum/" + name
                                + ":${ADVISORY_FORUM_VERSION:?set ADVISORY_FORUM_VERSION in .env}");
            } else {
                ImagesTest.assertPinned(image);
            }
        });
        assertThat(ProductionFiles.read("deploy/compose/.env.example"))
                .containsPattern("(?m)^ADVISORY_FORUM_VERSION=\\d+\\.\\d+\\.\\d+$");
    }
}
