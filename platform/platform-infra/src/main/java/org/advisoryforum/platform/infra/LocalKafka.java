package org.advisoryforum.platform.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka 4.1 (KRaft, combined broker and controller) running inside this JVM.
 *
 * <pre>{@code
 * LocalKafka kafka = LocalKafka.builder().logDirectory(Path.of("data/kafka")).port(9092).start();
 * String bootstrap = kafka.bootstrapServers();
 * kafka.stop();   // broker down, ports and data kept
 * kafka.start();  // same ports, same log directory
 * }</pre>
 *
 * The log directory is formatted on first use and reused afterwards. A temporary log directory is
 * deleted by {@link #close()}. No shutdown hook is registered: callers decide.
 */
public final class LocalKafka implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalKafka.class.getName());
    private static final int NODE_ID = 1;
    /** Server-side logger categories made quieter (WARNING) unless {@link Builder#quietLogging(boolean)} is off. */
    private static final List<String> SERVER_LOGGERS = List.of(
            "kafka",
            "state.change.logger",
            "org.apache.kafka.server",
            "org.apache.kafka.controller",
            "org.apache.kafka.raft",
            "org.apache.kafka.metadata",
            "org.apache.kafka.image",
            "org.apache.kafka.storage",
            "org.apache.kafka.coordinator",
            "org.apache.kafka.queue",
            "org.apache.kafka.snapshot",
            "org.apache.kafka.security",
            "org.apache.kafka.network",
            "org.apache.kafka.logger",
            // the broker dumps its ~300-line KafkaConfig here several times per start (clients' dumps too)
            "org.apache.kafka.common.config.AbstractConfig");
    /** Strong references: java.util.logging keeps loggers (and so their levels) only weakly. */
    private static final List<java.util.logging.Logger> QUIETED = new ArrayList<>();

    private final Path logDirectory;
    private final boolean temporary;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;

    private LocalKafka(
            Path logDirectory, boolean temporary, int port, int controllerPort, Map<String, String> overrides) {
        this.logDirectory = logDirectory;
        this.temporary = temporary;
        this.port = port;
        this.controllerPort = controllerPort;
        this.overrides = overrides;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Path logDirectory;
        private Path temporaryParent;
        private int port;
        private int controllerPort;
        private boolean quietLogging = true;
        private final Map<String, String> overrides = new LinkedHashMap<>();

        private Builder() {}

        /** A persistent log directory: formatted when new, reused (topics, offsets) when formatted already. */
        public Builder logDirectory(Path directory) {
            this.logDirectory = directory;
            this.temporaryParent = null;
            return this;
        }

        /** A fresh log directory under {@code parent}, deleted by {@link LocalKafka#close()}. */
        public Builder temporaryLogDirectory(Path parent) {
            this.temporaryParent = parent;
            this.logDirectory = null;
            return this;
        }

        /** Client (PLAINTEXT) port on 127.0.0.1; 0 (the default) picks a free one, kept across restarts. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Controller (KRaft) port on 127.0.0.1; 0 (the default) picks a free one, kept across restarts. */
        public Builder controllerPort(int port) {
            this.controllerPort = port;
            return this;
        }

        /** Any broker setting, overriding the defaults of this class. */
        public Builder property(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        /** Lower Kafka's server-side log categories to WARNING via java.util.logging (default true). */
        public Builder quietLogging(boolean quiet) {
            this.quietLogging = quiet;
            return this;
        }

        /** Resolves ports and directories without starting the broker. */
        public LocalKafka build() {
            try {
                boolean temporary = logDirectory == null;
                Path directory;
                if (temporary) {
                    Path parent =
                            temporaryParent != null ? temporaryParent : Path.of(System.getProperty("java.io.tmpdir"));
                    Files.createDirectories(parent);
                    directory = Files.createTempDirectory(parent.toAbsolutePath(), "kafka-");
                } else {
                    directory = logDirectory.toAbsolutePath();
                    Files.createDirectories(directory);
                }
                int clientPort = FreePorts.orFree(port);
                int kraftPort = FreePorts.orFree(controllerPort);
                while (kraftPort == clientPort) {
                    kraftPort = FreePorts.find();
                }
                if (quietLogging) {
                    quietServerLogging();
                }
                return new LocalKafka(directory, temporary, clientPort, kraftPort, Map.copyOf(overrides));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not prepare the Kafka log directory", e);
            }
        }

        /** {@link #build()} and {@link LocalKafka#start()}. */
        public LocalKafka start() {
            LocalKafka kafka = build();
            try {
                return kafka.start();
            } catch (RuntimeException e) {
                kafka.close();
                throw e;
            }
        }
    }

    /** Formats the log directory if needed and starts the broker; returns once it accepts clients. */
    public synchronized LocalKafka start() {
        if (server != null) {
            return this;
        }
        long started = System.nanoTime();
        // Kafka instantiates plug-ins through the context class loader, and its threads inherit it: it must
        // be the loader of the Kafka classes (under Quarkus tests it is an application loader otherwise).
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(LocalKafka.class.getClassLoader());
        try {
            Properties properties = serverProperties();
            formatIfNeeded(properties);
            KafkaRaftServer candidate = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
            try {
                candidate.startup();
            } catch (RuntimeException e) {
                try {
                    candidate.shutdown();
                    candidate.awaitShutdown();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw new IllegalStateException("Kafka did not start on " + bootstrapServers(), e);
            }
            server = candidate;
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.log(
                Level.INFO,
                "Kafka up on {0} with logs in {1} ({2} ms)",
                bootstrapServers(),
                logDirectory,
                String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        return this;
    }

    /** Stops the broker (controlled shutdown); ports and log directory are kept for {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer stopping = server;
        server = null;
        long started = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(LocalKafka.class.getClassLoader());
        try {
            stopping.shutdown();
            stopping.awaitShutdown();
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.log(
                Level.INFO,
                "Kafka on {0} stopped ({1} ms)",
                bootstrapServers(),
                String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
    }

    /** Stops the broker; a temporary log directory is deleted. */
    @Override
    public synchronized void close() {
        stop();
        if (temporary) {
            InfraFiles.deleteRecursively(logDirectory);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path logDirectory() {
        return logDirectory;
    }

    private Properties serverProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDirectory.toString());
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.retention.hours", "-1"); // a local stack keeps its history
        overrides.forEach(p::put);
        return p;
    }

    private void formatIfNeeded(Properties properties) {
        if (Files.isRegularFile(logDirectory.resolve("meta.properties"))) {
            return;
        }
        Path config = null;
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            config = Files.createTempFile("kafka-format-", ".properties");
            try (OutputStream out = Files.newOutputStream(config)) {
                properties.store(out, "LocalKafka: storage format");
            }
            int exit;
            try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                exit = StorageTool.execute(
                        new String[] {
                            "format",
                            "--config",
                            config.toString(),
                            "--cluster-id",
                            Uuid.randomUuid().toString(),
                            "--ignore-formatted"
                        },
                        print);
            }
            if (exit != 0) {
                throw new IllegalStateException("Formatting " + logDirectory + " failed (exit " + exit + "): "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not format the Kafka log directory " + logDirectory, e);
        } finally {
            if (config != null) {
                try {
                    Files.deleteIfExists(config);
                } catch (IOException ignored) {
                    // a temp file
                }
            }
        }
    }

    private static void quietServerLogging() {
        synchronized (QUIETED) {
            if (!QUIETED.isEmpty()) {
                return;
            }
            for (String name : SERVER_LOGGERS) {
                java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
                if (logger.getLevel() == null) {
                    logger.setLevel(java.util.logging.Level.WARNING);
                }
                QUIETED.add(logger);
            }
        }
    }

    @Override
    public String toString() {
        return "LocalKafka[" + bootstrapServers() + ", controller=" + controllerPort + ", logs=" + logDirectory + "]";
    }
}
