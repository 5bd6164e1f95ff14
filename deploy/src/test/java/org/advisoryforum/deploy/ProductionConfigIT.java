package org.advisoryforum.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.restassured.http.ContentType;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisoryforum.platform.infra.FreePorts;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The production configuration, proved to start and work: the four packaged services are started a second time with
 * exactly the environment compose.yaml gives them (parsed from it), only the hosts, ports and secrets of the Compose
 * network replaced by the local stack's PostgreSQL, Kafka and Keycloak. They share the local stack's databases and
 * broker, so every service then runs as two instances, and the same test proves what two replicas must do: each event
 * sent once, a scheduled opening and closing applied once, each consumer group shared by both instances.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionConfigIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** ${NAME}, ${NAME:?message}, ${NAME:-default} */
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?:(:?[?-])([^}]*))?}");

    private static LocalStack stack;
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    private static final Map<String, Integer> MANAGEMENT_PORTS = new LinkedHashMap<>();
    private static final Map<String, Process> PROCESSES = new LinkedHashMap<>();
    private static String gateway;

    @BeforeAll
    static void startTheServicesWithTheComposeEnvironment() throws Exception {
        stack = TestStack.get();
        for (var service : ProductionFiles.SERVICES) {
            PORTS.put(service.module(), FreePorts.find());
            MANAGEMENT_PORTS.put(service.module(), FreePorts.find());
        }
        gateway = "http://127.0.0.1:" + PORTS.get("gateway");
        for (var service : ProductionFiles.SERVICES) {
            PROCESSES.put(service.module(), start(service.module(), environment(service.module())));
        }
        for (var service : ProductionFiles.SERVICES) {
            String ready = management(service.module()) + "/q/health/ready";
            await().atMost(Duration.ofSeconds(150))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        assertThat(PROCESSES.get(service.module()).isAlive())
                                .as("%s is running (log: %s)", service.module(), log(service.module()))
                                .isTrue();
                        assertThat(status(ready)).isEqualTo(200);
                    });
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process process : PROCESSES.values()) {
            process.destroy();
        }
        for (Process process : PROCESSES.values()) {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** compose.yaml's environment of a service, with the Compose network's hosts, ports and secrets made local. */
    static Map<String, String> environment(String module) {
        Map<String, String> secrets = Map.of(
                "CONSULTATION_DB_PASSWORD", stack.databasePassword(),
                "FORUM_DB_PASSWORD", stack.databasePassword(),
                "TRACKING_DB_PASSWORD", stack.databasePassword(),
                "FORUM_CLIENT_SECRET", LocalStack.FORUM_CLIENT_SECRET,
                "GATEWAY_CLIENT_SECRET", LocalStack.GATEWAY_CLIENT_SECRET,
                "GATEWAY_STATE_SECRET", randomSecret(),
                "PUBLIC_HOST", "127.0.0.1:" + PORTS.get("gateway"));
        Map<String, String> hosts = new LinkedHashMap<>();
        for (var service : ProductionFiles.SERVICES) {
            if (service.database() != null) {
                hosts.put("jdbc:postgresql://postgres:5432/" + service.database(), stack.jdbcUrl(service.database()));
            }
            hosts.put(
                    "http://" + service.module() + ":" + ProductionFiles.httpPort(service.module()),
                    "http://127.0.0.1:" + PORTS.get(service.module()));
        }
        hosts.put("kafka:9092", stack.kafkaBootstrapServers());
        hosts.put("http://keycloak:8080", stack.keycloakUrl());

        Map<String, String> environment = new LinkedHashMap<>();
        ProductionFiles.composeEnvironment(module).forEach((name, raw) -> {
            Matcher m = REFERENCE.matcher(raw);
            StringBuilder value = new StringBuilder();
            while (m.find()) {
                String replacement = secrets.get(m.group(1));
                if (replacement == null && (":-".equals(m.group(2)) || "-".equals(m.group(2)))) {
                    replacement = m.group(3);
                }
                assertThat(replacement)
                        .as("%s: a local value for ${%s}", module, m.group(1))
                        .isNotNull();
                m.appendReplacement(value, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(value);
            String resolved = value.toString();
            for (var host : hosts.entrySet()) {
                resolved = resolved.replace(host.getKey(), host.getValue());
            }
            environment.put(name, resolved);
        });
        // the role of the Compose database is the local superuser here (the local stack owns these databases)
        if (environment.containsKey("QUARKUS_DATASOURCE_USERNAME")) {
            environment.put("QUARKUS_DATASOURCE_USERNAME", stack.databaseUsername());
        }
        for (var entry : environment.entrySet()) {
            assertThat(entry.getValue())
                    .as("%s %s still names the Compose network", module, entry.getKey())
                    .doesNotContain("${", "//postgres:", "//keycloak:", "kafka:9092", "-service:");
        }
        // the container's ports and interfaces, on this machine
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(PORTS.get(module)));
        environment.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        environment.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(MANAGEMENT_PORTS.get(module)));
        return environment;
    }

    private static Process start(String module, Map<String, String> environment) throws IOException {
        Path app = ProductionFiles.root().resolve(module + "/target/quarkus-app/quarkus-run.jar");
        assertThat(app).as("build the services first").isRegularFile();
        Path log = log(module);
        Files.createDirectories(log.getParent());
        // the image's JAVA_OPTS_APPEND, with the small heap of the local stack
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xms64m",
                        "-Xmx384m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-jar",
                        app.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        // nothing from this JVM's environment that a service could read as configuration
        builder.environment()
                .keySet()
                .removeIf(k -> k.startsWith("QUARKUS_")
                        || k.startsWith("KAFKA_")
                        || k.startsWith("GATEWAY_")
                        || k.startsWith("FORUM_")
                        || k.startsWith("TRACKING_")
                        || k.startsWith("PLATFORM_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static Path log(String module) {
        return ProductionFiles.root().resolve("deploy/target/production-config/" + module + ".log");
    }

    private static String management(String module) {
        return "http://127.0.0.1:" + MANAGEMENT_PORTS.get(module);
    }

    private static int status(String url) throws InterruptedException {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(3))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[36];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void everyKubernetesProbeAnswersOnTheServicesStartedWithTheProductionConfiguration() throws Exception {
        for (var service : ProductionFiles.SERVICES) {
            Deployment deployment = ProductionFiles.kubernetesBase().stream()
                    .filter(r ->
                            r instanceof Deployment && r.getMetadata().getName().equals(service.module()))
                    .map(Deployment.class::cast)
                    .findFirst()
                    .orElseThrow();
            Container container =
                    deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            for (var probe :
                    List.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe())) {
                String url = management(service.module()) + probe.getHttpGet().getPath();
                assertThat(status(url)).as("%s %s", service.module(), url).isEqualTo(200);
            }
            // the public port serves no health or metrics
            assertThat(status("http://127.0.0.1:" + PORTS.get(service.module()) + "/q/health/ready"))
                    .isEqualTo(404);
        }
    }

    @Test
    void theProductionGatewayServesPublicPagesAndStaffWritesThroughTheProductionServices() {
        given().baseUri(gateway)
                .when()
                .get("/api/consultations?status=open")
                .then()
                .statusCode(200)
                .body("title", hasItem(TestStack.OPEN_DEMO));
        given().baseUri(gateway).when().get("/").then().statusCode(200);
        // the browser sign-in goes to the realm with this gateway's client and its secret accepted
        given().baseUri(gateway)
                .redirects()
                .follow(false)
                .when()
                .get("/login")
                .then()
                .statusCode(302);

        String staff = Tokens.accessToken(stack.keycloakUrl(), "sam");
        String id = given().baseUri(gateway)
                .auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(consultation(
                        "Production configuration: respite care",
                        Instant.now(),
                        Instant.now().plus(Duration.ofDays(7))))
                .when()
                .post("/api/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().baseUri(gateway)
                .auth()
                .oauth2(staff)
                .when()
                .post("/api/consultations/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));
        // the local stack's gateway (the other replica) sees the same consultation
        given().baseUri(stack.gatewayUrl())
                .when()
                .get("/api/consultations/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));
    }

    @Test
    void withTwoInstancesOfEveryServiceEachEventIsSentOnceAndAScheduledOpeningAndClosingHappenOnce() throws Exception {
        String staff = Tokens.accessToken(stack.keycloakUrl(), "sam");
        Instant opens = Instant.now().plusSeconds(15);
        Instant closes = opens.plusSeconds(40);
        String id = given().baseUri(gateway)
                .auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(consultation("Two replicas: scheduled consultation", opens, closes))
                .when()
                .post("/api/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().baseUri(gateway)
                .auth()
                .oauth2(staff)
                .when()
                .post("/api/consultations/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"));

        // both consultation-service instances tick every 30 s: it opens and closes once
        await().atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(lifecycleTypes(id)).contains("published", "opened", "closed"));
        await().during(Duration.ofSeconds(35))
                .atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofSeconds(5))
                .untilAsserted(() ->
                        assertThat(lifecycleTypes(id)).containsExactlyInAnyOrder("published", "opened", "closed"));

        // each consumer group took each event once: one invitation round, one tracked consultation
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> rounds = given().baseUri(gateway)
                    .auth()
                    .oauth2(staff)
                    .when()
                    .get("/api/forum/invitation-rounds")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("findAll { it.consultationId == '" + id + "' }.consultationId");
            assertThat(rounds).hasSize(1);
            List<String> tracked = given().baseUri(gateway)
                    .when()
                    .get("/api/tracking/consultations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("findAll { it.id == '" + id + "' }.id");
            assertThat(tracked).hasSize(1);
        });
    }

    @Test
    void bothInstancesOfAServiceShareItsConsumerGroup() throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            for (var service : ProductionFiles.SERVICES.subList(0, 3)) {
                var properties = ProductionFiles.applicationProperties(service.module());
                Set<String> groups = new java.util.TreeSet<>();
                int channels = 0;
                for (String key : properties.stringPropertyNames()) {
                    if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                        groups.add(properties.getProperty(key));
                        channels++;
                    }
                }
                assertThat(groups).as("one group per service").containsExactly(service.module());
                int expected = 2 * channels;
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    ConsumerGroupDescription group = admin.describeConsumerGroups(List.copyOf(groups))
                            .all()
                            .get(10, TimeUnit.SECONDS)
                            .get(service.module());
                    assertThat(group.members())
                            .as("%s: each channel of each of the two instances", service.module())
                            .hasSize(expected);
                    // every partition is consumed by exactly one member
                    List<String> assigned = new ArrayList<>();
                    group.members()
                            .forEach(m -> m.assignment().topicPartitions().forEach(tp -> assigned.add(tp.toString())));
                    assertThat(assigned).doesNotHaveDuplicates();
                });
            }
        }
    }

    /** Last: it spends this client's budget at the production gateway. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theProductionGatewayEnforcesTheComposeRateLimitPerClientAndPerInstance() throws Exception {
        int limit = Integer.parseInt(environment("gateway").get("GATEWAY_RATE_LIMIT_PER_MINUTE"));
        assertThat(limit).isEqualTo(300);
        int first429 = -1;
        // a fixed window of a minute: within two budgets' worth of requests the limit is met at least once
        for (int i = 0; i < 2 * limit + 1 && first429 < 0; i++) {
            int status = status(gateway + "/no-such-page");
            assertThat(status).isIn(404, 429);
            if (status == 429) {
                first429 = i;
            }
        }
        assertThat(first429).as("a 429 once the limit is spent").isGreaterThanOrEqualTo(0);
        given().baseUri(gateway)
                .when()
                .get("/api/consultations?status=open")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("rate_limited"));
        // the count lives in each gateway instance: the other one still answers this client
        // (the Ingress hashes a client to one replica, deploy/PRODUCTION.md "Scaling")
        given().baseUri(stack.gatewayUrl())
                .when()
                .get("/api/consultations?status=open")
                .then()
                .statusCode(200);
    }

    private static List<String> lifecycleTypes(String id) throws Exception {
        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, String> record : KafkaTopicReader.readAll(
                stack.kafkaBootstrapServers(), "consultation.lifecycle.v1", Duration.ofSeconds(10))) {
            JsonNode event = JSON.readTree(record.value());
            if (id.equals(event.path("aggregateId").asText())) {
                types.add(event.path("type").asText());
            }
        }
        return types;
    }

    private static Map<String, Object> consultation(String title, Instant opens, Instant closes) {
        return Map.of(
                "title",
                title,
                "summary",
                "Checks the production configuration.",
                "plainLanguageSummary",
                "A test of how the forum runs in production.",
                "kind",
                "GUIDANCE",
                "audience",
                "MEMBERS",
                "accountableTeam",
                "Operations",
                "opensAt",
                opens.toString(),
                "closesAt",
                closes.toString());
    }
}
