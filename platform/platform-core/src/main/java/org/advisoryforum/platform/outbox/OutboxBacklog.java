package org.advisoryforum.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * What the outbox still has to send, as metrics: {@code platform.outbox.pending} (rows not yet sent) and
 * {@code platform.outbox.oldest.pending.age} (seconds since the oldest of them was written, 0 when none waits).
 * The database is read every {@code platform.outbox.metrics-interval} (default 5 s), not at each scrape, so a scrape
 * never waits for PostgreSQL; the age still grows between readings. Every replica reports the same shared table.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    private final OutboxRepository repository;
    private final MeterRegistry registry;
    private volatile Backlog last = new Backlog(0, null);

    public OutboxBacklog(OutboxRepository repository, MeterRegistry registry) {
        this.repository = repository;
        this.registry = registry;
    }

    void registerMeters(@Observes StartupEvent event) {
        Gauge.builder("platform.outbox.pending", this, backlog -> backlog.last().pending())
                .description("Outbox rows written but not yet acknowledged by Kafka")
                .strongReference(true)
                .register(registry);
        TimeGauge.builder(
                        "platform.outbox.oldest.pending.age",
                        this,
                        TimeUnit.SECONDS,
                        backlog -> backlog.last().oldestAge(Instant.now()).toMillis() / 1000.0)
                .description("How long the oldest unsent outbox row has waited (0 when none waits)")
                .strongReference(true)
                .register(registry);
    }

    @Scheduled(
            every = "${platform.outbox.metrics-interval:5s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        try {
            measure();
        } catch (RuntimeException e) { // the database is away: keep the last reading, health says the rest
            LOG.debugf("outbox backlog not measured: %s", e.getMessage());
        }
    }

    /** Reads the backlog now (and keeps it for the metrics). */
    public Backlog measure() {
        Backlog current = QuarkusTransaction.requiringNew().call(repository::pendingBacklog);
        last = current;
        return current;
    }

    /** The latest reading. */
    public Backlog last() {
        return last;
    }

    /** @param oldestCreatedAt when the oldest unsent row was written; null when none waits */
    public record Backlog(long pending, Instant oldestCreatedAt) {

        public Duration oldestAge(Instant now) {
            if (oldestCreatedAt == null || oldestCreatedAt.isAfter(now)) {
                return Duration.ZERO;
            }
            return Duration.between(oldestCreatedAt, now);
        }
    }
}
