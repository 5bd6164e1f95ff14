package org.advisoryforum.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.advisoryforum.platform.infra.LocalKafka;
import org.advisoryforum.platform.infra.LocalKeycloak;
import org.advisoryforum.platform.infra.LocalPostgres;

/**
 * The whole platform on one machine, with no Docker: real PostgreSQL, Kafka and Keycloak from Maven Central
 * artifacts, the four services from their packaged apps, and the demo data.
 */
public final class LocalStack implements AutoCloseable {

    public static final String GATEWAY_CLIENT_SECRET = "gateway-local-secret";
    public static final String FORUM_CLIENT_SECRET = "forum-service-local-secret";
    /** Encrypts the PKCE verifier in the gateway's state cookie (local stack only). */
    static final String GATEWAY_STATE_SECRET = "local-stack-state-secret-for-pkce-0123456789";
    /** A system property that overrides the gateway's per-client rate limit (tests that drive many requests). */
    public static final String RATE_LIMIT_PROPERTY = "advisoryforum.gateway.rate-limit.per-minute";

    private static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(120);

    private final StackOptions options;
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private LocalKeycloak keycloak;
    private final List<ServiceProcess> services = new ArrayList<>();

    private LocalStack(StackOptions options) {
        this.options = options;
    }

    public static LocalStack start(StackOptions options) throws Exception {
        LocalStack stack = new LocalStack(options);
        try {
            stack.startAll();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        StackPorts ports = options.ports();
        Path logs = options.logDir();
        // Keycloak is the slowest to start: it runs while the rest comes up.
        CompletableFuture<LocalKeycloak> keycloakStart = CompletableFuture.supplyAsync(() -> {
            try {
                return LocalKeycloak.builder()
                        .baseDirectory(options.keycloakBaseDir())
                        .realmFile(options.realmFile())
                        .localRealm(ports.gateway())
                        .port(ports.keycloak())
                        .managementPort(ports.keycloakManagement())
                        .inMemoryDatabase(options.keycloakInMemory())
                        .reimportRealmWhenChanged(true)
                        .logFile(logs.resolve("keycloak.log"))
                        .startupTimeout(Duration.ofSeconds(180))
                        .start();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        postgres = LocalPostgres.builder()
                .dataDirectory(options.dataDir().resolve("postgres"))
                .port(ports.postgres())
                .logFile(logs.resolve("postgres.log"))
                .durable()
                .start();
        for (String database : List.of("consultation", "forum", "tracking")) {
            postgres.createDatabaseIfMissing(database);
        }
        kafka = LocalKafka.builder()
                .logDirectory(options.dataDir().resolve("kafka"))
                .port(ports.kafka())
                .controllerPort(ports.kafkaController())
                .start();
        keycloak = join(keycloakStart);

        // The three services listen on loopback only: the gateway is the one public entry.
        // Two at a time, as many as there are cores here: four JVMs starting at once on two cores each took four times
        // as long as one alone (deploy/bench measures both), one at a time leaves a core idle.
        ServiceProcess consultation = launched(ServiceProcess.start(
                "consultation-service",
                options.appJar("consultation-service"),
                ports.consultation(),
                ports.consultationManagement(),
                true,
                serviceConfig("consultation"),
                logs));
        ServiceProcess forum = launched(ServiceProcess.start(
                "forum-service",
                options.appJar("forum-service"),
                ports.forum(),
                ports.forumManagement(),
                true,
                forumConfig(),
                logs));
        awaitReady(consultation, forum);
        ServiceProcess tracking = launched(ServiceProcess.start(
                "feedback-tracking-service",
                options.appJar("feedback-tracking-service"),
                ports.tracking(),
                ports.trackingManagement(),
                true,
                serviceConfig("tracking"),
                logs));
        ServiceProcess gateway = launched(ServiceProcess.start(
                "gateway",
                options.appJar("gateway"),
                ports.gateway(),
                ports.gatewayManagement(),
                false,
                gatewayConfig(),
                logs));
        awaitReady(tracking, gateway);
        if (options.loadDemoData()) {
            loadDemoData();
        }
    }

    /** What a start does with the demo data; true when it had to add some. */
    boolean loadDemoData() throws IOException, InterruptedException {
        return new DemoData(gatewayUrl(), keycloak.baseUrl(), options.demoDir()).load();
    }

    /** Kept at once, so that a failed start later on still stops it. */
    private ServiceProcess launched(ServiceProcess service) {
        services.add(service);
        return service;
    }

    private static void awaitReady(ServiceProcess... together) throws Exception {
        for (ServiceProcess service : together) {
            service.awaitReady(SERVICE_START_TIMEOUT);
        }
    }

    private Map<String, String> serviceConfig(String database) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        return config;
    }

    /** forum-service also calls the Keycloak Admin API (grants the member role) with its service account. */
    private Map<String, String> forumConfig() {
        Map<String, String> config = serviceConfig("forum");
        config.put("forum.keycloak.url", keycloak.baseUrl());
        config.put("forum.keycloak.client-secret", FORUM_CLIENT_SECRET);
        return config;
    }

    private Map<String, String> gatewayConfig() {
        StackPorts ports = options.ports();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("gateway.services.consultations", "http://127.0.0.1:" + ports.consultation());
        config.put("gateway.services.forum", "http://127.0.0.1:" + ports.forum());
        config.put("gateway.services.tracking", "http://127.0.0.1:" + ports.tracking());
        config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        config.put("quarkus.oidc.credentials.secret", GATEWAY_CLIENT_SECRET);
        config.put("quarkus.oidc.authentication.state-secret", GATEWAY_STATE_SECRET);
        String rateLimit = System.getProperty(RATE_LIMIT_PROPERTY);
        if (rateLimit != null) {
            config.put("gateway.rate-limit.per-minute", rateLimit);
        }
        return config;
    }

    public String gatewayUrl() {
        return "http://localhost:" + options.ports().gateway();
    }

    /** The management interface (health, metrics, OpenAPI) of a service: "consultation-service", "gateway", ... */
    public String managementUrl(String service) {
        return service(service).managementUrl();
    }

    /** A service's own public port (on loopback), for tests that prove it is not reachable from elsewhere. */
    public String serviceUrl(String service) {
        return service(service).url();
    }

    private ServiceProcess service(String name) {
        return services.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    // ---- faults, for the fault suite and for trying an outage by hand (the launcher's console) ----

    /** The broker goes away (controlled shutdown); its log directory stays for {@link #startKafka()}. */
    public void stopKafka() {
        kafka.stop();
    }

    public void startKafka() {
        kafka.start();
    }

    public boolean kafkaRunning() {
        return kafka.isRunning();
    }

    /** SIGKILLs a service; the launcher's supervisor starts it again. */
    public void crashService(String name) {
        service(name).kill();
    }

    /** How many times the supervisor has started a service again. */
    public int restarts(String name) {
        return service(name).restarts();
    }

    public void awaitReady(String name, Duration timeout) throws Exception {
        service(name).awaitReady(timeout);
    }

    /** SIGKILLs PostgreSQL's postmaster, as a crash would. */
    public void crashPostgres() {
        postgres.killPostmaster();
    }

    /** Starts PostgreSQL again after {@link #crashPostgres()} (crash recovery from its write-ahead log). */
    public void restartPostgres() throws java.io.IOException {
        postgres.restart();
    }

    /** The service names a caller can pass to {@link #crashService(String)}. */
    public List<String> serviceNames() {
        return services.stream().map(ServiceProcess::name).toList();
    }

    public String keycloakUrl() {
        return keycloak.baseUrl();
    }

    /** For end-to-end tests that look into a service's own database (for example for traces left after erasure). */
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public String databaseUsername() {
        return postgres.username();
    }

    public String databasePassword() {
        return postgres.password();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * Stops the services together, then Keycloak and Kafka together, then PostgreSQL, which both tiers use. One after
     * another took longer than the 30 s a test JVM is given after it exits, and the rest were left running.
     */
    @Override
    public void close() {
        List<Runnable> stops = new ArrayList<>();
        services.forEach(service -> stops.add(service::stop));
        stopTogether(stops);
        services.clear();
        stops.clear();
        if (keycloak != null) {
            stops.add(keycloak::stop);
        }
        if (kafka != null) {
            stops.add(kafka::close);
        }
        stopTogether(stops);
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Each on its own thread: a shared pool has one thread on a two-core machine. */
    private static void stopTogether(List<Runnable> stops) {
        List<Thread> threads = stops.stream()
                .map(stop -> Thread.ofPlatform().name("stack-stop").start(stop))
                .toList();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static <T> T join(CompletableFuture<T> future) throws Exception {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path root = StackOptions.findRoot(Path.of(System.getProperty("advisoryforum.root", ".")));
        long started = System.nanoTime();
        System.out.println("Starting the Advisory Forum platform (PostgreSQL, Kafka, Keycloak, four services)...");
        LocalStack stack = start(StackOptions.localDefaults(root));
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("\nStopping the platform...");
                            stack.close();
                            System.out.println("Stopped.");
                        },
                        "stack-shutdown"));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.println(StackBanner.text(stack.options.ports(), seconds, root.relativize(stack.options.logDir())));
        new FaultConsole(stack, System.in, System.out).run();
        Thread.currentThread().join();
    }
}
