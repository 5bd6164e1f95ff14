package org.advisoryforum.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Starts each real component once and checks that it works. */
class LocalComponentsTest {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void postgresCreatesDatabasesAndAnswersQueries() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.builder()
                .temporaryDataDirectory(TARGET.resolve("tmp"))
                .start()) {
            postgres.createDatabaseIfMissing("app");
            postgres.createDatabaseIfMissing("app"); // idempotent
            assertThat(selectOne(postgres, "app")).isEqualTo(1);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void durablePostgresFlushesEveryCommitToDisk() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.builder()
                .temporaryDataDirectory(TARGET.resolve("tmp"))
                .durable()
                .start()) {
            assertThat(setting(postgres, "fsync")).isEqualTo("on");
            assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");
        }
    }

    /** The fault suite's PostgreSQL crash: SIGKILL the postmaster, start again, every acknowledged commit is there. */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aKilledPostmasterComesBackOnTheSamePortWithEveryCommittedRow() throws Exception {
        Path data = TARGET.resolve("tmp/postgres-crash-" + UUID.randomUUID());
        try (LocalPostgres postgres =
                LocalPostgres.builder().dataDirectory(data).durable().start()) {
            int port = postgres.port();
            try (Connection connection = DriverManager.getConnection(
                            postgres.jdbcUrl("postgres"), postgres.username(), postgres.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("create table memo (note text)");
                statement.execute("insert into memo values ('committed before the crash')");
            }
            long killed = postgres.postmaster().orElseThrow().pid();

            postgres.killPostmaster();
            assertThat(ProcessHandle.of(killed).filter(ProcessHandle::isAlive)).isEmpty();
            postgres.restart();

            assertThat(postgres.port()).isEqualTo(port);
            assertThat(postgres.postmaster().orElseThrow().pid()).isNotEqualTo(killed);
            try (Connection connection = DriverManager.getConnection(
                            postgres.jdbcUrl("postgres"), postgres.username(), postgres.password());
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select note from memo")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("committed before the crash");
            }
        } finally {
            InfraFiles.deleteRecursively(data);
        }
    }

    /** A postgres left behind by a SIGKILLed JVM is stopped, and the persistent data is reused. */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void postgresRecoversFromAKilledJvm() throws Exception {
        Path data = TARGET.resolve("tmp/postgres-persistent-" + UUID.randomUUID());
        int port = FreePorts.find();
        runAndKill(PostgresChild.class, data.toString(), Integer.toString(port));
        assertThat(Files.exists(data.resolve("postmaster.pid")))
                .as("postgres outlives the killed JVM")
                .isTrue();

        try (LocalPostgres postgres =
                LocalPostgres.builder().dataDirectory(data).port(port).start()) {
            try (Connection connection = DriverManager.getConnection(
                            postgres.jdbcUrl("kept"), postgres.username(), postgres.password());
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select note from memo")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("written before the kill");
            }
        } finally {
            InfraFiles.deleteRecursively(data);
        }
    }

    /** Runs {@code main} in a child JVM until it prints READY, then kills it with SIGKILL. */
    private static void runAndKill(Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> seen = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                seen.add(line);
            }
            assertThat(line).as("child output: %s", seen).isEqualTo("READY");
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    /** Run in a child JVM by {@link #postgresRecoversFromAKilledJvm()}. */
    public static final class PostgresChild {
        public static void main(String[] args) throws Exception {
            LocalPostgres postgres = LocalPostgres.builder()
                    .dataDirectory(Path.of(args[0]))
                    .port(Integer.parseInt(args[1]))
                    .start();
            postgres.createDatabaseIfMissing("kept");
            try (Connection connection = DriverManager.getConnection(
                            postgres.jdbcUrl("kept"), postgres.username(), postgres.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("create table memo(note text)");
                statement.execute("insert into memo values ('written before the kill')");
            }
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void kafkaDeliversRecordsAcrossABrokerRestart() throws Exception {
        try (LocalKafka kafka = LocalKafka.builder()
                .temporaryLogDirectory(TARGET.resolve("tmp"))
                .start()) {
            String bootstrap = kafka.bootstrapServers();
            produce(bootstrap, "infra-test", "k1", "before restart");
            assertThat(consumeValues(bootstrap, "infra-test", "group-a", 1)).containsExactly("before restart");

            long stopping = System.nanoTime();
            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.start();
            System.out.printf(
                    "Kafka stop+start took %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping));
            assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);

            produce(bootstrap, "infra-test", "k2", "after restart");
            // the committed offset of group-a survived the restart: it only sees the new record
            assertThat(consumeValues(bootstrap, "infra-test", "group-a", 1)).containsExactly("after restart");
            // and the log kept both records
            assertThat(consumeValues(bootstrap, "infra-test", "group-b", 2))
                    .containsExactly("before restart", "after restart");
        }
    }

    /** A persistent log directory survives a SIGKILLed JVM (the local-stack launcher's case). */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void kafkaKeepsItsLogAfterAKilledJvm() throws Exception {
        Path logs = TARGET.resolve("tmp/kafka-persistent-" + UUID.randomUUID());
        int port = FreePorts.find();
        int controllerPort = FreePorts.find();
        try {
            runAndKill(KafkaChild.class, logs.toString(), Integer.toString(port), Integer.toString(controllerPort));
            LocalKafka kafka = LocalKafka.builder()
                    .logDirectory(logs)
                    .port(port)
                    .controllerPort(controllerPort)
                    .start();
            try {
                assertThat(consumeValues(kafka.bootstrapServers(), "kept", "group-c", 1))
                        .containsExactly("written before the kill");
            } finally {
                kafka.close();
            }
            assertThat(logs.resolve("meta.properties")).exists(); // close() keeps a persistent directory
        } finally {
            InfraFiles.deleteRecursively(logs);
        }
    }

    /** Run in a child JVM by {@link #kafkaKeepsItsLogAfterAKilledJvm()}. */
    public static final class KafkaChild {
        public static void main(String[] args) throws Exception {
            LocalKafka kafka = LocalKafka.builder()
                    .logDirectory(Path.of(args[0]))
                    .port(Integer.parseInt(args[1]))
                    .controllerPort(Integer.parseInt(args[2]))
                    .start();
            produce(kafka.bootstrapServers(), "kept", "k", "written before the kill");
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void keycloakIssuesTokensWithRealmRoles() throws Exception {
        Path root = projectRoot();
        long started = System.nanoTime();
        try (LocalKeycloak keycloak = LocalKeycloak.builder()
                .baseDirectory(root.resolve("target/local-infra"))
                .realmFile(root.resolve("deploy/keycloak/advisory-forum-realm.json"))
                .localRealm(18080)
                .inMemoryDatabase(true)
                .logFile(TARGET.resolve("keycloak-infra-test.log"))
                .start()) {
            System.out.printf("Keycloak ready in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            HttpClient http = HttpClient.newHttpClient();

            JsonNode amara = payload(passwordGrant(http, keycloak, "amara"));
            assertThat(amara.path("preferred_username").asText()).isEqualTo("amara");
            assertThat(amara.path("sub").asText()).isNotBlank();
            assertThat(amara.path("iss").asText()).isEqualTo(keycloak.realmUrl());
            assertThat(texts(amara.path("realm_access").path("roles"))).contains("member");
            assertThat(
                            amara.path("aud").isArray()
                                    ? texts(amara.path("aud"))
                                    : List.of(amara.path("aud").asText()))
                    .contains("advisory-forum-api");
            assertThat(amara.path("email").asText()).isEqualTo("amara@example.org");

            assertThat(texts(payload(passwordGrant(http, keycloak, "ada"))
                            .path("realm_access")
                            .path("roles")))
                    .contains("admin", "staff");
            assertThat(texts(payload(passwordGrant(http, keycloak, "lena"))
                            .path("realm_access")
                            .path("roles")))
                    .doesNotContain("member", "staff", "admin");

            realmIsHardened(http, keycloak);
        }
    }

    private static int selectOne(LocalPostgres postgres, String db) throws Exception {
        try (Connection connection =
                        DriverManager.getConnection(postgres.jdbcUrl(db), postgres.username(), postgres.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select 1")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String setting(LocalPostgres postgres, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        postgres.jdbcUrl("postgres"), postgres.username(), postgres.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void produce(String bootstrap, String topic, String key, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeValues(String bootstrap, String topic, String group, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            consumer.commitSync();
        }
        return values;
    }

    /** Issue #11 point 6: what the shipped realm (adapted by LocalRealm for gateway port 18080) allows and refuses. */
    private static void realmIsHardened(HttpClient http, LocalKeycloak keycloak) throws Exception {
        String auth = keycloak.realmUrl() + "/protocol/openid-connect/auth?client_id=gateway&response_type=code"
                + "&scope=openid&redirect_uri=";
        String exact = URLEncoder.encode("http://localhost:18080/signed-in", StandardCharsets.UTF_8);
        String challenge =
                "&code_challenge=" + "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM" + "&code_challenge_method=S256";
        // exact redirect URIs only, and PKCE S256 required
        assertThat(get(http, auth + exact + challenge).statusCode()).isEqualTo(200);
        assertThat(get(
                                http,
                                auth
                                        + URLEncoder.encode("http://localhost:8081/signed-in", StandardCharsets.UTF_8)
                                        + challenge)
                        .statusCode())
                .isEqualTo(400);
        assertThat(get(
                                http,
                                auth
                                        + URLEncoder.encode("http://localhost:18080/elsewhere", StandardCharsets.UTF_8)
                                        + challenge)
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> noPkce = get(http, auth + exact);
        assertThat(noPkce.statusCode()).isEqualTo(302);
        assertThat(noPkce.headers().firstValue("Location").orElse("")).contains("error=invalid_request");

        // the gateway client takes no password grant; API clients use forum-cli (password grant only locally)
        assertThat(tokenStatus(
                        http,
                        keycloak,
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "gateway",
                                "client_secret",
                                "gateway-local-secret",
                                "username",
                                "amara",
                                "password",
                                "demo-password")))
                .isEqualTo(400);
        HttpResponse<String> device = http.send(
                HttpRequest.newBuilder(URI.create(keycloak.realmUrl() + "/protocol/openid-connect/auth/device"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("client_id=forum-cli"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(device.statusCode()).as(device.body()).isEqualTo(200);
        assertThat(JSON.readTree(device.body()).path("verification_uri").asText())
                .startsWith(keycloak.realmUrl());

        // no offline sessions by default
        JsonNode amara = payload(passwordGrant(http, keycloak, "amara"));
        assertThat(texts(amara.path("realm_access").path("roles"))).doesNotContain("offline_access");
        assertThat(tokenStatus(
                        http,
                        keycloak,
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "forum-cli",
                                "username",
                                "amara",
                                "password",
                                "demo-password",
                                "scope",
                                "openid offline_access")))
                .isEqualTo(400);

        // a password policy, and brute-force detection (a fresh account, so the demo users stay usable)
        String admin = KeycloakTokens.localAdmin(keycloak.baseUrl());
        assertThat(adminCall(
                                http,
                                keycloak,
                                admin,
                                "POST",
                                "/users",
                                "{\"username\":\"weak-" + UUID.randomUUID()
                                        + "\",\"enabled\":true,\"credentials\":[{\"type\":\"password\",\"value\":\"a\",\"temporary\":false}]}")
                        .statusCode())
                .isEqualTo(400);
        String username = "target-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(adminCall(
                                http,
                                keycloak,
                                admin,
                                "POST",
                                "/users",
                                "{\"username\":\"" + username
                                        + "\",\"enabled\":true,\"emailVerified\":true,\"firstName\":\"T\",\"lastName\":\"P\",\"email\":\""
                                        + username
                                        + "@example.org\",\"credentials\":[{\"type\":\"password\",\"value\":\"demo-password\","
                                        + "\"temporary\":false}]}")
                        .statusCode())
                .isEqualTo(201);
        for (int i = 0; i < 6; i++) {
            assertThat(tokenStatus(
                            http,
                            keycloak,
                            Map.of(
                                    "grant_type",
                                    "password",
                                    "client_id",
                                    "forum-cli",
                                    "username",
                                    username,
                                    "password",
                                    "wrong-password-" + i)))
                    .isIn(400, 401);
        }
        assertThat(tokenStatus(
                        http,
                        keycloak,
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "forum-cli",
                                "username",
                                username,
                                "password",
                                "demo-password")))
                .isNotEqualTo(200);

        // login events are recorded, admin events too
        HttpResponse<String> events = adminCall(http, keycloak, admin, "GET", "/events?type=LOGIN_ERROR", null);
        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(events.body()).size()).isPositive();
        HttpResponse<String> adminEvents = adminCall(http, keycloak, admin, "GET", "/admin-events", null);
        assertThat(JSON.readTree(adminEvents.body()).size()).isPositive();

        // forum-service's service account reads users and maps the member role (fine-grained admin permissions), and
        // nothing else of the realm: not even deleting a user (forum-service's ServiceAccountLeastPrivilegeTest has
        // more)
        String serviceToken = token(
                http,
                keycloak,
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        "forum-service",
                        "client_secret",
                        "forum-service-local-secret"));
        HttpResponse<String> users =
                adminCall(http, keycloak, serviceToken, "GET", "/users?username=lena&exact=true", null);
        assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
        assertThat(JSON.readTree(users.body()).path(0).path("email").asText()).isEqualTo("lena@example.org");
        assertThat(adminCall(
                                http,
                                keycloak,
                                serviceToken,
                                "DELETE",
                                "/users/"
                                        + JSON.readTree(users.body())
                                                .path(0)
                                                .path("id")
                                                .asText(),
                                null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(adminCall(http, keycloak, serviceToken, "GET", "/clients", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(adminCall(http, keycloak, serviceToken, "PUT", "", "{\"bruteForceProtected\":false}")
                        .statusCode())
                .isEqualTo(403);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> adminCall(
            HttpClient http, LocalKeycloak keycloak, String token, String method, String path, String body)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/advisory-forum" + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int tokenStatus(HttpClient http, LocalKeycloak keycloak, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                        HttpRequest.newBuilder(URI.create(keycloak.realmUrl() + "/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String passwordGrant(HttpClient http, LocalKeycloak keycloak, String username) throws Exception {
        return token(
                http,
                keycloak,
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "forum-cli",
                        "username",
                        username,
                        "password",
                        "demo-password",
                        "scope",
                        "openid"));
    }

    private static String token(HttpClient http, LocalKeycloak keycloak, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(keycloak.realmUrl() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static JsonNode payload(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Path projectRoot() {
        String configured = System.getProperty("advisoryforum.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/keycloak/advisory-forum-realm.json"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Project root not found");
    }
}
