package org.advisoryforum.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.advisoryforum.platform.infra.LocalKafka;
import org.advisoryforum.platform.infra.LocalKeycloak;
import org.advisoryforum.platform.infra.LocalPostgres;

/**
 * The JVM-wide singletons behind the test resources. Internal: use the test resources, {@link Tokens}
 * and {@link KafkaTestResource#broker()}.
 *
 * <p>Quarkus loads test resources and test classes in a class loader per application (a new one for
 * every test profile or resource set), so a plain static field would start a second Kafka or Keycloak.
 * Every public method here is therefore called on the copy of this class in the <em>system</em> class
 * loader (see {@link #call}), and only JDK types cross that boundary.
 */
public final class SharedComponents {

    /** Project root; the surefire configuration of the root pom passes it. */
    public static final String ROOT_PROPERTY = "advisoryforum.root";
    /** System property: seconds to wait for the test Keycloak to be ready (default 120). */
    public static final String KEYCLOAK_STARTUP_SECONDS = "platform.test.keycloak-startup-seconds";

    public static final String REALM_FILE = "deploy/keycloak/advisory-forum-realm.json";

    private static LocalPostgres postgres;
    private static LocalKafka kafka;
    private static LocalKeycloak keycloak;
    private static boolean hookRegistered;

    private SharedComponents() {}

    // ---- called through call(...) only: they run in the system class loader ----

    public static synchronized Map<String, String> postgres(String database) throws IOException {
        if (postgres == null) {
            registerShutdownHook();
            postgres = LocalPostgres.builder()
                    .temporaryDataDirectory(workDirectory())
                    .start();
        }
        postgres.createDatabaseIfMissing(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    public static synchronized Map<String, String> kafka() {
        if (kafka == null) {
            registerShutdownHook();
            kafka = LocalKafka.builder().temporaryLogDirectory(workDirectory()).start();
        }
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "mp.messaging.connector.smallrye-kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    public static synchronized void kafkaStop() {
        requireKafka().stop();
    }

    public static synchronized void kafkaStart() {
        requireKafka().start();
    }

    public static synchronized boolean kafkaRunning() {
        return requireKafka().isRunning();
    }

    public static synchronized String kafkaBootstrapServers() {
        return requireKafka().bootstrapServers();
    }

    public static synchronized Map<String, String> keycloak() throws IOException {
        if (keycloak == null) {
            registerShutdownHook();
            Path root = projectRoot();
            keycloak = LocalKeycloak.builder()
                    .baseDirectory(root.resolve("target/local-infra"))
                    .realmFile(root.resolve(REALM_FILE))
                    .localRealm()
                    .inMemoryDatabase(true)
                    .logFile(workDirectory().resolve("keycloak.log"))
                    // a machine busy with other builds may need longer than the default 120 s
                    .startupTimeout(Duration.ofSeconds(Long.getLong(KEYCLOAK_STARTUP_SECONDS, 120)))
                    .start();
        }
        return Map.of(
                "quarkus.oidc.auth-server-url", keycloak.realmUrl(),
                "keycloak.url", keycloak.baseUrl());
    }

    /** The running test Keycloak's base URL, or null. */
    public static synchronized String keycloakUrl() {
        return keycloak == null ? null : keycloak.baseUrl();
    }

    /** The project root: system property {@value #ROOT_PROPERTY}, else the nearest directory up holding the realm file. */
    public static Path projectRoot() {
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null
                && !configured.isBlank()
                && Files.isRegularFile(Path.of(configured).resolve(REALM_FILE))) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(REALM_FILE))) {
                return dir;
            }
        }
        throw new IllegalStateException("Could not find the project root (a directory holding " + REALM_FILE + ") from "
                + Path.of("").toAbsolutePath() + "; set -D" + ROOT_PROPERTY + "=<project root>");
    }

    private static Path workDirectory() {
        Path dir = Path.of("target", "test-infra").toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static LocalKafka requireKafka() {
        if (kafka == null) {
            throw new IllegalStateException("Kafka is not running: annotate the test with "
                    + "@QuarkusTestResource(KafkaTestResource.class) (or call new KafkaTestResource().start())");
        }
        return kafka;
    }

    private static void registerShutdownHook() {
        if (hookRegistered) {
            return;
        }
        hookRegistered = true;
        Runtime.getRuntime().addShutdownHook(new Thread(SharedComponents::stopAll, "test-infra-shutdown"));
    }

    private static synchronized void stopAll() {
        if (keycloak != null) {
            try {
                keycloak.stop();
            } catch (RuntimeException e) {
                System.err.println("Could not stop Keycloak: " + e);
            }
        }
        if (kafka != null) {
            try {
                kafka.close();
            } catch (RuntimeException e) {
                System.err.println("Could not stop Kafka: " + e);
            }
        }
        if (postgres != null) {
            try {
                postgres.stop();
            } catch (RuntimeException e) {
                System.err.println("Could not stop PostgreSQL: " + e);
            }
        }
    }

    // ---- the class-loader bridge ----

    /** Invokes the static method {@code name} on the system class loader's copy of this class. */
    @SuppressWarnings("unchecked")
    static <T> T call(String name, Class<?>[] parameterTypes, Object... arguments) {
        Class<?> shared = sharedClass();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // components (and the threads they start) must not capture a Quarkus application's class loader
        thread.setContextClassLoader(shared.getClassLoader());
        try {
            Method method = shared.getMethod(name, parameterTypes);
            return (T) method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call SharedComponents." + name, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static <T> T call(String name) {
        return call(name, new Class<?>[0]);
    }

    private static Class<?> sharedClass() {
        try {
            return Class.forName(SharedComponents.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            return SharedComponents.class; // not on the system class path (e.g. an IDE runner): use this copy
        }
    }
}
