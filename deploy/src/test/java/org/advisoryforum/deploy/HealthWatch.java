package org.advisoryforum.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Polls each service's overall health on its management interface while a fault runs: which ones went DOWN. */
final class HealthWatch {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Duration EVERY = Duration.ofMillis(200);

    private final LocalStack stack;
    private final List<String> services;
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final Map<String, Boolean> upNow = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    HealthWatch(LocalStack stack, List<String> services) {
        this.stack = stack;
        this.services = services;
        this.poller = Thread.ofPlatform().daemon().name("health-watch").start(this::poll);
    }

    private void poll() {
        while (running) {
            for (String service : services) {
                boolean up = isUp(service);
                upNow.put(service, up);
                if (!up) {
                    down.add(service);
                }
            }
            try {
                Thread.sleep(EVERY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** {@code /q/health} (liveness, readiness and wellness together) answers 200 UP; unreachable counts as DOWN. */
    boolean isUp(String service) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stack.managementUrl(service) + "/q/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    void stop() throws InterruptedException {
        running = false;
        poller.interrupt();
        poller.join();
    }

    boolean sawDown(String service) {
        return down.contains(service);
    }

    Set<String> downSeen() {
        return new TreeSet<>(down);
    }

    /** Every service UP again, waiting up to a minute for the last checks to recover. */
    boolean allUp() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (services.stream().allMatch(this::isUp)) {
                return true;
            }
            Thread.sleep(EVERY.toMillis());
        }
        return false;
    }
}
