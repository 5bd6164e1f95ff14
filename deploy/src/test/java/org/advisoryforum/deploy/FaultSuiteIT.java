package org.advisoryforum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.KeycloakTestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fault suite: fresh members save, submit, amend and withdraw through the gateway while, one at a time, the broker
 * stops for 10 s, each service is SIGKILLed (the launcher's supervisor starts it again) and PostgreSQL's postmaster is
 * SIGKILLed and started again. After each fault: every acknowledged write is in consultation-service, tracking's read
 * model and forum's involvement ledger equal consultation-service's truth exactly, no dead letters, callers saw 503
 * problem+json with Retry-After and never a 500, the services recovered without a restart where they were not the
 * ones killed, and their readiness went DOWN and came back UP.
 * <p>
 * Runs alone with {@code ./mvnw verify -pl deploy -am -Dit.test=FaultSuiteIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}; its figures are printed at the end.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class FaultSuiteIT {

    private static final int MEMBERS = 50;
    private static final int MIN_OPERATIONS = 2_000;
    private static final Duration BEFORE_FAULT = Duration.ofSeconds(3);
    private static final Duration AFTER_RECOVERY = Duration.ofSeconds(3);
    private static final Duration KAFKA_OUTAGE = Duration.ofSeconds(10);
    private static final Duration POSTGRES_OUTAGE = Duration.ofSeconds(3);
    private static final Duration CONVERGENCE = Duration.ofSeconds(120);
    private static final List<String> SERVICES =
            List.of("consultation-service", "forum-service", "feedback-tracking-service");

    private static LocalStack stack;
    private static FaultLoad load;
    private static Truth truth;

    @BeforeAll
    static void members() throws Exception {
        stack = TestStack.get();
        String consultation = TestStack.openDemoConsultationId();
        FaultMembers joining = new FaultMembers(stack);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<FaultMember>> joined = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                joined.add(pool.submit(() -> joining.join(KeycloakTestUsers.create(stack.keycloakUrl(), "fault"))));
            }
            List<FaultMember> members = new ArrayList<>();
            for (Future<FaultMember> member : joined) {
                members.add(member.get(2, TimeUnit.MINUTES));
            }
            load = new FaultLoad(stack.gatewayUrl(), stack.keycloakUrl(), consultation, members);
        } finally {
            pool.shutdownNow();
        }
        truth = new Truth(stack, consultation);
    }

    @Test
    void nothingAcknowledgedIsLostOrCountedTwiceThroughBrokerServiceAndDatabaseCrashes() throws Exception {
        List<Fault> faults = new ArrayList<>();
        faults.add(new Fault("Kafka broker stopped for " + KAFKA_OUTAGE.toSeconds() + " s", null, List.of(), () -> {
            stack.stopKafka();
            Thread.sleep(KAFKA_OUTAGE.toMillis());
            stack.startKafka();
        }));
        for (String service : SERVICES) {
            faults.add(new Fault(service + " SIGKILLed", service, List.of(service), () -> {
                int before = stack.restarts(service);
                stack.crashService(service);
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (stack.restarts(service) == before) {
                    assertThat(System.nanoTime())
                            .as(service + " started again by the supervisor")
                            .isLessThan(deadline);
                    Thread.sleep(50);
                }
                stack.awaitReady(service, Duration.ofSeconds(120));
            }));
        }
        faults.add(new Fault("PostgreSQL postmaster SIGKILLed", null, SERVICES, () -> {
            stack.crashPostgres();
            Thread.sleep(POSTGRES_OUTAGE.toMillis());
            stack.restartPostgres();
            for (String service : SERVICES) {
                stack.awaitReady(service, Duration.ofSeconds(120));
            }
        }));

        List<String> figures = new ArrayList<>();
        for (Fault fault : faults) {
            String row = run(fault);
            System.out.println("fault suite: " + row);
            figures.add(row);
        }

        System.out.println("\nFault suite (" + MEMBERS + " fresh members through the gateway)\n"
                + "| fault | operations (acknowledged) | 503 | outage | readiness DOWN seen | converged after |\n"
                + "| --- | --- | --- | --- | --- | --- |\n" + String.join("\n", figures)
                + "\ntotal operations: " + load.operations() + "\n");
        assertThat(load.operations()).as("operations across the suite").isGreaterThanOrEqualTo(MIN_OPERATIONS);
    }

    private String run(Fault fault) throws Exception {
        Map<String, Integer> restartsBefore = restarts();
        HealthWatch health = new HealthWatch(stack, SERVICES);
        FaultLoad.Tally before = load.tally();
        load.start();
        Thread.sleep(BEFORE_FAULT.toMillis());
        long faultStarted = System.nanoTime();
        fault.inject().run();
        Duration outage = Duration.ofNanos(System.nanoTime() - faultStarted);
        Thread.sleep(AFTER_RECOVERY.toMillis());
        load.stop();
        health.stop();
        long recovered = System.nanoTime();

        load.resolveUncertainMembers();
        List<String> mismatches = truth.awaitConverged(load.members(), CONVERGENCE);
        Duration converged = Duration.ofNanos(System.nanoTime() - recovered);
        FaultLoad.Tally during = load.tally().minus(before);

        assertThat(mismatches)
                .as(fault.name() + ": read models and ledger equal consultation-service's truth")
                .isEmpty();
        assertThat(load.violations())
                .as(fault.name() + ": acknowledged writes kept, nothing half-written")
                .isEmpty();
        assertThat(during.unexpected())
                .as(fault.name() + ": callers got 503 problem+json with Retry-After, never a 500")
                .isEmpty();
        assertThat(truth.deadLetters()).as(fault.name() + ": dead letters").isEmpty();
        for (String service : SERVICES) {
            int restarted = stack.restarts(service) - restartsBefore.get(service);
            assertThat(restarted)
                    .as(fault.name() + ": restarts of " + service)
                    .isEqualTo(service.equals(fault.killed()) ? 1 : 0);
        }
        for (String service : fault.downExpected()) {
            assertThat(health.sawDown(service))
                    .as(fault.name() + ": readiness of " + service + " went DOWN")
                    .isTrue();
        }
        assertThat(health.allUp())
                .as(fault.name() + ": every service ready again")
                .isTrue();

        return "| %s | %d (%d) | %d | %.1f s | %s | %.1f s |"
                .formatted(
                        fault.name(),
                        during.operations(),
                        during.acknowledged(),
                        during.unavailable(),
                        outage.toMillis() / 1000.0,
                        String.join(", ", health.downSeen()),
                        converged.toMillis() / 1000.0);
    }

    private static Map<String, Integer> restarts() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String service : SERVICES) {
            counts.put(service, stack.restarts(service));
        }
        return counts;
    }

    @FunctionalInterface
    interface Injection {
        void run() throws Exception;
    }

    /**
     * {@code killed}: the one service this fault SIGKILLs, or null (every other service must recover with no restart);
     * {@code downExpected}: the services whose readiness must go DOWN during it.
     */
    record Fault(String name, String killed, List<String> downExpected, Injection inject) {}
}
