package org.advisoryforum.platform.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak 26 server, unpacked from {@code org.keycloak:keycloak-quarkus-dist:26.5.6:zip} and run
 * as a child process with {@code kc.sh start-dev --import-realm}.
 *
 * <pre>{@code
 * LocalKeycloak kc = LocalKeycloak.builder()
 *         .baseDirectory(Path.of("target/local-infra"))
 *         .realmFile(Path.of("deploy/keycloak/advisory-forum-realm.json"))
 *         .inMemoryDatabase(true)
 *         .logFile(Path.of("target/keycloak.log"))
 *         .start();
 * String issuer = kc.realmUrl();
 * }</pre>
 *
 * No shutdown hook is registered: callers decide.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String VERSION = "26.5.6";
    public static final String REALM = "advisory-forum";
    public static final String DIST_ZIP_PROPERTY = "keycloak.dist.zip";
    static final String ARTIFACT = "org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip";
    private static final String UNPACKED_MARKER = ".unpacked-complete";
    private static final String REALM_CHECKSUM_MARKER = ".realm-checksum";
    private static final System.Logger LOG = System.getLogger(LocalKeycloak.class.getName());
    private static final Object UNPACK_LOCK = new Object();

    private final Path home;
    private final int port;
    private final Path logFile;
    private final Process process;
    private final HttpClient http;

    private LocalKeycloak(Path home, int port, Path logFile, Process process, HttpClient http) {
        this.home = home;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
        this.http = http;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Path baseDirectory;
        private Path distributionZip;
        private Path realmFile;
        private Path themesDirectory;
        private int port;
        private int managementPort;
        private boolean inMemoryDatabase;
        private boolean reimportRealmWhenChanged;
        private Path logFile;
        private Duration startupTimeout = Duration.ofSeconds(120);
        private String adminUsername = "admin";
        private String adminPassword = "admin";
        private boolean localRealm;
        private final List<Integer> gatewayPorts = new ArrayList<>();
        private final List<String> extraArguments = new ArrayList<>();

        private Builder() {}

        /** Where the distribution is unpacked (into {@code keycloak-26.5.6/}); reused when already unpacked. */
        public Builder baseDirectory(Path directory) {
            this.baseDirectory = directory;
            return this;
        }

        /** The distribution zip; default: {@link LocalKeycloak#locateDistributionZip()}. */
        public Builder distributionZip(Path zip) {
            this.distributionZip = zip;
            return this;
        }

        /** Realm JSON copied to {@code data/import} and imported on start (existing realms are not overwritten). */
        public Builder realmFile(Path file) {
            this.realmFile = file;
            return this;
        }

        /**
         * Themes installed into {@code <home>/themes} on every start (each subdirectory replaces the theme of that
         * name). Default: the {@code themes} directory beside the realm file, when there is one
         * ({@code deploy/keycloak/themes}: the realm's {@code advisory-forum} login theme).
         */
        public Builder themesDirectory(Path directory) {
            this.themesDirectory = directory;
            return this;
        }

        /** HTTP port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Management interface port (health/metrics, when enabled); 0 (the default) picks a free one. */
        public Builder managementPort(int port) {
            this.managementPort = port;
            return this;
        }

        /**
         * Adapt the realm for local use before importing it ({@link LocalRealm}): the API client {@code forum-cli}
         * also allows the password grant, and the gateway's exact redirect URIs name {@code gatewayPorts} (none:
         * keep the shipped ones, port 8080).
         */
        public Builder localRealm(int... gatewayPorts) {
            this.localRealm = true;
            for (int port : gatewayPorts) {
                this.gatewayPorts.add(port);
            }
            return this;
        }

        /** {@code --db=dev-mem}: every start begins from an empty database (tests). Default: dev-file in {@code data/h2}. */
        public Builder inMemoryDatabase(boolean inMemory) {
            this.inMemoryDatabase = inMemory;
            return this;
        }

        /**
         * With the dev-file database: delete {@code data/h2} when the realm file differs from the one last
         * imported, so the realm is imported afresh (users and sessions created at runtime are lost).
         */
        public Builder reimportRealmWhenChanged(boolean reimport) {
            this.reimportRealmWhenChanged = reimport;
            return this;
        }

        /** Keycloak's standard output and error go to this file (truncated at each start). */
        public Builder logFile(Path file) {
            this.logFile = file;
            return this;
        }

        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        /** The temporary bootstrap admin of the master realm (local use only). Default admin/admin. */
        public Builder bootstrapAdmin(String username, String password) {
            this.adminUsername = username;
            this.adminPassword = password;
            return this;
        }

        /** An extra {@code kc.sh start-dev} argument, e.g. {@code --log-level=debug}. */
        public Builder argument(String argument) {
            extraArguments.add(argument);
            return this;
        }

        public LocalKeycloak start() throws IOException {
            Objects.requireNonNull(baseDirectory, "baseDirectory");
            Objects.requireNonNull(realmFile, "realmFile");
            if (!Files.isRegularFile(realmFile)) {
                throw new IllegalArgumentException("Realm file not found: " + realmFile.toAbsolutePath());
            }
            Path javaHome = javaHome();
            Path zip = distributionZip != null ? distributionZip : locateDistributionZip();
            Path home = unpack(zip, baseDirectory.toAbsolutePath());
            Path data = home.resolve("data");
            Path importDirectory = data.resolve("import");
            Files.createDirectories(importDirectory);
            Path imported = importDirectory.resolve(realmFile.getFileName().toString());
            if (localRealm) {
                Files.writeString(
                        imported,
                        LocalRealm.adapt(Files.readString(realmFile, StandardCharsets.UTF_8), gatewayPorts),
                        StandardCharsets.UTF_8);
            } else {
                Files.copy(realmFile, imported, StandardCopyOption.REPLACE_EXISTING);
            }
            installThemes(
                    themesDirectory != null
                            ? themesDirectory
                            : realmFile.toAbsolutePath().getParent().resolve("themes"),
                    home.resolve("themes"));
            String realmChecksum = InfraFiles.sha256(imported);
            Path checksumMarker = data.resolve(REALM_CHECKSUM_MARKER);
            if (!inMemoryDatabase && reimportRealmWhenChanged) {
                String previous = Files.isRegularFile(checksumMarker)
                        ? Files.readString(checksumMarker, StandardCharsets.UTF_8)
                                .trim()
                        : null;
                if (!realmChecksum.equals(previous) && Files.exists(data.resolve("h2"))) {
                    LOG.log(
                            Level.INFO,
                            "Realm file changed: deleting {0} so the realm is imported again",
                            data.resolve("h2"));
                    InfraFiles.deleteRecursively(data.resolve("h2"));
                }
            }

            int httpPort = FreePorts.orFree(port);
            int mgmtPort = FreePorts.orFree(managementPort);
            while (mgmtPort == httpPort) {
                mgmtPort = FreePorts.find();
            }
            Path log = logFile != null ? logFile.toAbsolutePath() : home.resolve("keycloak.log");
            Files.createDirectories(log.getParent());

            List<String> command = new ArrayList<>(List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-port=" + httpPort,
                    "--http-management-port=" + mgmtPort,
                    "--import-realm"));
            if (inMemoryDatabase) {
                command.add("--db=dev-mem");
            }
            command.addAll(extraArguments);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", javaHome.toString());
            env.put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx512m");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);

            long started = System.nanoTime();
            Process process = builder.start();
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            LocalKeycloak keycloak = new LocalKeycloak(home, httpPort, log, process, http);
            try {
                keycloak.awaitReady(startupTimeout);
            } catch (RuntimeException | IOException e) {
                keycloak.stop();
                throw e;
            }
            if (!inMemoryDatabase) {
                Files.writeString(checksumMarker, realmChecksum + System.lineSeparator(), StandardCharsets.UTF_8);
            }
            LOG.log(
                    Level.INFO,
                    "Keycloak up on {0} ({1} ms, log {2})",
                    keycloak.baseUrl(),
                    String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)),
                    log);
            return keycloak;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops kc.sh and the Keycloak JVM (SIGTERM, then SIGKILL after 30 s) and waits for them. */
    public void stop() {
        List<ProcessHandle> tree = new ArrayList<>();
        process.toHandle().descendants().forEach(tree::add);
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle handle : tree) {
            if (!awaitExit(handle, deadline - System.nanoTime())) {
                handle.destroyForcibly();
            }
        }
        for (ProcessHandle handle : tree) {
            awaitExit(handle, TimeUnit.SECONDS.toNanos(10));
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady(Duration timeout) throws IOException {
        URI wellKnown = URI.create(realmUrl() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastProblem = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready. Last lines of " + logFile + ":" + System.lineSeparator()
                        + InfraFiles.tail(logFile, 40));
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(wellKnown)
                                .timeout(Duration.ofSeconds(5))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                lastProblem = "HTTP " + response.statusCode();
            } catch (IOException e) {
                lastProblem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for Keycloak", e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for Keycloak", e);
            }
        }
        throw new IllegalStateException("Keycloak was not ready at " + wellKnown + " within " + timeout.toSeconds()
                + " s (" + lastProblem + "). Last lines of " + logFile + ":" + System.lineSeparator()
                + InfraFiles.tail(logFile, 40));
    }

    private static boolean awaitExit(ProcessHandle handle, long nanos) {
        if (!handle.isAlive()) {
            return true;
        }
        try {
            handle.onExit().get(Math.max(nanos, 0), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    /** The JDK running this JVM, when it is 21 or newer (Keycloak 26 needs 21+). */
    static Path javaHome() {
        int feature = Runtime.version().feature();
        if (feature < 21) {
            throw new IllegalStateException("Keycloak " + VERSION + " needs Java 21 or newer, but this JVM ("
                    + System.getProperty("java.home") + ") is Java " + feature
                    + ". Run with a JDK 21+ (./mvnw selects one).");
        }
        return Path.of(System.getProperty("java.home"));
    }

    /**
     * The distribution zip: system property {@value #DIST_ZIP_PROPERTY}, else the local Maven repository
     * ({@code ${user.home}/.m2/repository/org/keycloak/keycloak-quarkus-dist/26.5.6/...zip}).
     */
    public static Path locateDistributionZip() {
        String configured = System.getProperty(DIST_ZIP_PROPERTY);
        Path zip = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(
                        System.getProperty("user.home"),
                        ".m2",
                        "repository",
                        "org",
                        "keycloak",
                        "keycloak-quarkus-dist",
                        VERSION,
                        "keycloak-quarkus-dist-" + VERSION + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Keycloak distribution " + ARTIFACT + " was not found at " + zip
                    + ". Fetch it with: ./mvnw dependency:get -Dartifact=" + ARTIFACT
                    + " (or set -D" + DIST_ZIP_PROPERTY + "=/path/to/keycloak-quarkus-dist-" + VERSION + ".zip)");
        }
        return zip;
    }

    /**
     * Unpacks the distribution into {@code baseDirectory/keycloak-26.5.6} unless a complete unpack is
     * there already (a marker file is written last, so an interrupted unpack is redone). Returns the home.
     */
    public static Path unpack(Path zip, Path baseDirectory) throws IOException {
        Path home = baseDirectory.resolve("keycloak-" + VERSION);
        Path marker = home.resolve(UNPACKED_MARKER);
        if (Files.isRegularFile(marker)) {
            return home;
        }
        synchronized (UNPACK_LOCK) {
            Files.createDirectories(baseDirectory);
            try (FileChannel lockChannel = FileChannel.open(
                            baseDirectory.resolve(".keycloak-unpack.lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
                    FileLock ignored = lockChannel.lock()) {
                if (!Files.isRegularFile(marker)) { // else another JVM unpacked it meanwhile
                    long started = System.nanoTime();
                    unzip(zip, baseDirectory, home);
                    Files.writeString(marker, zip + System.lineSeparator(), StandardCharsets.UTF_8);
                    LOG.log(
                            Level.INFO,
                            "Unpacked {0} into {1} ({2} ms)",
                            zip.getFileName(),
                            home,
                            String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
                }
                return home;
            }
        }
    }

    /** Copies every theme under {@code source} (if it exists) into Keycloak's {@code themes} directory, afresh. */
    static void installThemes(Path source, Path themes) throws IOException {
        if (!Files.isDirectory(source)) {
            return;
        }
        List<Path> found;
        try (var listing = Files.list(source)) {
            found = listing.filter(Files::isDirectory).toList();
        }
        for (Path theme : found) {
            Path target = themes.resolve(theme.getFileName().toString());
            try {
                InfraFiles.deleteRecursively(target);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            List<Path> files;
            try (var walk = Files.walk(theme)) {
                files = walk.toList();
            }
            for (Path file : files) {
                Path copy = target.resolve(theme.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            LOG.log(Level.DEBUG, "Installed theme {0} into {1}", theme.getFileName(), target);
        }
    }

    private static void unzip(Path zip, Path baseDirectory, Path home) throws IOException {
        try {
            InfraFiles.deleteRecursively(home);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Path base = baseDirectory.toRealPath();
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                Path target = base.resolve(entry.getName()).normalize();
                if (!target.startsWith(base)) {
                    throw new IOException("Zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                boolean script = target.getParent().getFileName().toString().equals("bin")
                        && target.getFileName().toString().endsWith(".sh");
                if (script && !target.toFile().setExecutable(true, false)) {
                    throw new IOException("Could not make " + target + " executable");
                }
            }
        }
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IOException(zip + " does not contain keycloak-" + VERSION + "/bin/kc.sh");
        }
    }

    @Override
    public String toString() {
        return "LocalKeycloak[" + baseUrl() + ", home=" + home + "]";
    }
}
