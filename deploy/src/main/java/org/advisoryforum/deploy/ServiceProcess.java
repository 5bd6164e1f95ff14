package org.advisoryforum.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One of the four Quarkus services, run from its packaged app as a child process. Its readiness is read from the
 * management interface (its own port), where health and metrics live; the public port serves only the application.
 * <p>
 * It is supervised, as systemd or Kubernetes would: when the process dies without {@link #stop()} (a crash, an
 * out-of-memory kill, {@code kill -9}), it is started again with the same settings after a back-off that grows from
 * one second while it keeps crashing soon after starting.
 */
final class ServiceProcess {

    private static final System.Logger LOG = System.getLogger(ServiceProcess.class.getName());
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** A process that ran this long before dying is restarted after the first back-off again. */
    private static final Duration STABLE_AFTER = Duration.ofSeconds(60);

    private static final Duration STOP = Duration.ofSeconds(15);
    /** A run that writes its start-up cache as it exits needs longer to stop (the JVM assembles the cache then). */
    private static final Duration STOP_WHILE_WRITING_CACHE = Duration.ofSeconds(90);

    private final String name;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final ProcessBuilder builder;
    private final Duration stopWithin;
    private volatile Process process;
    private volatile boolean stopping;
    private volatile long startedAt;
    private volatile Duration backoff = FIRST_BACKOFF;
    private final java.util.concurrent.atomic.AtomicInteger restarts = new java.util.concurrent.atomic.AtomicInteger();

    private ServiceProcess(
            String name, int port, int managementPort, Path log, ProcessBuilder builder, Duration stopWithin) {
        this.stopWithin = stopWithin;
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.builder = builder;
    }

    /**
     * Starts the app on {@code port} (public) and {@code managementPort}; {@code loopbackOnly} binds both to 127.0.0.1,
     * so nothing but this machine (the gateway) can reach the service directly. The management port is always local.
     */
    static ServiceProcess start(
            String name,
            Path appJar,
            int port,
            int managementPort,
            boolean loopbackOnly,
            Map<String, String> config,
            Path logDir)
            throws IOException {
        if (!Files.isRegularFile(appJar)) {
            throw new IllegalStateException(appJar + " is missing: build first with ./mvnw install -DskipTests");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // small and lean (issue 13: under 200 MB resident after the load): a heap that gives back what a
                // burst took (Serial GC shrinks it to keep at most 30 % free), small thread stacks, and the C
                // heap the JIT and the drivers freed handed back to the system every 10 s (glibc keeps it
                // otherwise: 25-35 MB a service after the load); the JIT and the start-up cache are StartupCache's
                "-Xms32m",
                "-Xmx192m",
                "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=30",
                "-XX:+UseSerialGC",
                "-Xss512k",
                "-XX:TrimNativeHeapInterval=10000",
                // No collection for the code cache's sake until it is nearly full. By default the JVM asks for
                // one each time compiled code grows by 15 % of the cache's size; with Serial GC that is a full
                // collection, and the bench saw 200-500 ms pauses ("CodeCache GC Threshold") while the JIT
                // warmed up, the tail of submit -> visible. The cache commits only what it holds (25 MB here).
                "-XX:ReservedCodeCacheSize=128m",
                "-XX:SweeperThreshold=100",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.management.host=127.0.0.1"));
        Path caches = logDir.toAbsolutePath().resolveSibling("cds");
        Files.createDirectories(caches);
        StartupCache cache = StartupCache.of(caches, name, appJar);
        command.addAll(cache.flags());
        if (loopbackOnly) {
            command.add("-Dquarkus.http.host=127.0.0.1");
        }
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(appJar.toString());
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        ServiceProcess service = new ServiceProcess(
                name, port, managementPort, log, builder, cache.writtenAtExit() ? STOP_WHILE_WRITING_CACHE : STOP);
        service.launch();
        return service;
    }

    private synchronized void launch() throws IOException {
        if (stopping) {
            return;
        }
        Process started = builder.start();
        process = started;
        startedAt = System.nanoTime();
        started.onExit().thenAccept(this::exited);
    }

    private void exited(Process exited) {
        if (stopping || exited != process) {
            return;
        }
        boolean stable = System.nanoTime() - startedAt > STABLE_AFTER.toNanos();
        Duration wait = stable ? FIRST_BACKOFF : backoff;
        backoff = stable ? FIRST_BACKOFF.multipliedBy(2) : min(backoff.multipliedBy(2), MAX_BACKOFF);
        int count = restarts.incrementAndGet();
        LOG.log(
                System.Logger.Level.WARNING,
                "{0} exited with code {1}; starting it again in {2} s (restart {3})",
                name,
                String.valueOf(exited.exitValue()),
                String.valueOf(wait.toSeconds()),
                String.valueOf(count));
        CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> {
                    try {
                        launch();
                    } catch (IOException e) {
                        LOG.log(System.Logger.Level.ERROR, name + " could not be started again", e);
                    }
                });
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** SIGKILL, as a crash or the kernel's out-of-memory killer would; the supervisor starts it again. */
    void kill() {
        process.destroyForcibly();
    }

    /** How many times the supervisor has started this service again after it died. */
    int restarts() {
        return restarts.get();
    }

    long pid() {
        return process.pid();
    }

    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive() && restarts.get() == 0) {
                throw new IllegalStateException(
                        name + " stopped while starting; last lines of " + log + ":\n" + tail());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(
                name + " not ready within " + timeout.toSeconds() + " s; last lines of " + log + ":\n" + tail());
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Health ({@code /q/health}), metrics ({@code /q/metrics}) and, for the services, {@code /q/openapi}. */
    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    void stop() {
        Process process;
        synchronized (this) {
            stopping = true;
            process = this.process;
        }
        process.destroy();
        try {
            if (!process.waitFor(stopWithin.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
