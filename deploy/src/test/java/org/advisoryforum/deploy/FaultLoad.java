package org.advisoryforum.deploy;

import static org.advisoryforum.deploy.FaultMember.State;
import static org.advisoryforum.deploy.FaultMember.Status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.advisoryforum.platform.test.Tokens;

/**
 * The fault suite's load: workers walk each member through save, submit, amend and withdraw, again and again, through
 * the gateway's API with the member's own token, and keep what each write's answer said.
 */
final class FaultLoad {

    private static final int WORKERS = 16;
    /**
     * Each worker rests this long after a write: at most about 16 writes in flight and 160 a second, enough to
     * overlap every fault, but not so many that a restarted service starts on a machine the load keeps busy (on two
     * cores a closed loop stretched forum-service's restart to 87 s, most of the suite's five minutes).
     */
    private static final long PACE_MILLIS = 100;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** What the load has seen so far; {@link #minus} gives one fault's share. */
    record Tally(int operations, int acknowledged, int unavailable, List<String> unexpected) {
        Tally minus(Tally before) {
            return new Tally(
                    operations - before.operations,
                    acknowledged - before.acknowledged,
                    unavailable - before.unavailable,
                    unexpected.subList(before.unexpected.size(), unexpected.size()));
        }
    }

    private final String gateway;
    private final String keycloak;
    private final String responsePath;
    private final List<FaultMember> members;
    private final AtomicInteger operations = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    FaultLoad(String gateway, String keycloak, String consultationId, List<FaultMember> members) {
        this.gateway = gateway;
        this.keycloak = keycloak;
        this.responsePath = "/api/consultations/" + consultationId + "/responses/me";
        this.members = List.copyOf(members);
    }

    List<FaultMember> members() {
        return members;
    }

    int operations() {
        return operations.get();
    }

    synchronized Tally tally() {
        return new Tally(operations.get(), acknowledged.get(), unavailable.get(), List.copyOf(unexpected));
    }

    /** Reads that found a state that is neither the acknowledged one nor the one a failed request asked for. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    void start() {
        running = true;
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            workers.add(Thread.ofPlatform().name("fault-load-" + w).start(() -> work(worker)));
        }
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread worker : workers) {
            worker.join();
        }
        workers.clear();
    }

    /** After the load stopped: read back every member whose last request failed, until each one is known. */
    void resolveUncertainMembers() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        for (FaultMember member : members) {
            while (member.uncertain() && System.nanoTime() < deadline) {
                if (!readBack(member)) {
                    Thread.sleep(200);
                }
            }
            if (member.uncertain()) {
                violations.add(member.username + ": its response could not be read back within a minute");
            }
        }
    }

    private void work(int worker) {
        while (running) {
            for (int i = worker; i < members.size() && running; i += WORKERS) {
                FaultMember member = members.get(i);
                if (member.uncertain()) {
                    if (!readBack(member)) {
                        pause(100);
                    }
                } else {
                    step(member);
                    pause(PACE_MILLIS);
                }
            }
        }
    }

    private void step(FaultMember member) {
        State now = member.acknowledged;
        member.step++;
        String words = "Fault words of " + member.username + " #" + member.step;
        switch (now.status()) {
            case NONE, WITHDRAWN -> write(member, "PUT", responsePath, answers(words), new State(Status.DRAFT, words));
            case DRAFT ->
                write(member, "POST", responsePath + "/submit", null, new State(Status.SUBMITTED, now.words()));
            case SUBMITTED -> {
                if (member.step % 4 == 0) {
                    write(member, "DELETE", responsePath, null, new State(Status.WITHDRAWN, null));
                } else {
                    write(member, "PUT", responsePath, answers(words), new State(Status.SUBMITTED, words));
                }
            }
        }
    }

    private static String answers(String words) {
        return "{\"answers\":{\"p1\":\"About right\",\"p2\":\"" + words + "\",\"p3\":4}}";
    }

    private void write(FaultMember member, String method, String path, String body, State expected) {
        operations.incrementAndGet();
        HttpResponse<String> response;
        try {
            response = HTTP.send(
                    request(member, path)
                            .method(
                                    method,
                                    body == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            unexpected.add(method + " " + path + ": no answer from the gateway (" + e + ")");
            member.pending = expected;
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            member.pending = expected;
            return;
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            acknowledged.incrementAndGet();
            member.acknowledged = expected;
            return;
        }
        member.pending = expected;
        if (status == 503) {
            unavailable.incrementAndGet();
            if (response.headers().firstValue("Retry-After").isEmpty()
                    || !response.headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("application/problem+json")) {
                unexpected.add(method + " " + path + ": 503 without Retry-After or problem+json: "
                        + response.headers().map());
            }
            return;
        }
        if (status == 401) {
            member.forgetToken();
        }
        unexpected.add(method + " " + path + ": " + status + " " + abbreviate(response.body()));
    }

    /** GETs the member's response; true once its state is known (and checked against the two possible ones). */
    private boolean readBack(FaultMember member) {
        HttpResponse<String> response;
        try {
            response = HTTP.send(request(member, responsePath).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        State actual;
        if (response.statusCode() == 404) {
            actual = new State(Status.NONE, null);
        } else if (response.statusCode() == 200) {
            actual = state(response.body());
        } else {
            if (response.statusCode() == 401) {
                member.forgetToken();
            }
            return false;
        }
        if (!actual.equals(member.acknowledged) && !actual.equals(member.pending)) {
            violations.add(member.username + ": holds " + actual + ", but the platform acknowledged "
                    + member.acknowledged + " and the failed request asked for " + member.pending);
        }
        member.acknowledged = actual;
        member.pending = null;
        return true;
    }

    private static State state(String body) {
        try {
            JsonNode response = JSON.readTree(body);
            String words = null;
            for (JsonNode answer : response.path("answers")) {
                if ("p2".equals(answer.path("questionKey").asText())) {
                    words = answer.path("value").isNull()
                            ? null
                            : answer.path("value").asText();
                }
            }
            return new State(Status.valueOf(response.path("status").asText()), words);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable response " + body, e);
        }
    }

    private HttpRequest.Builder request(FaultMember member, String path) {
        return HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + member.token(username -> Tokens.accessToken(keycloak, username)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
