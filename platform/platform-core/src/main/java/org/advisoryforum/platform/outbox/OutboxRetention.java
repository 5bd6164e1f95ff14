package org.advisoryforum.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sent outbox rows are kept only for {@code platform.outbox.retention} (one hour unless configured): long enough to
 * look into what just went out, short enough that events, which name members, do not pile up. One replica purges at
 * a time (advisory lock); pending rows are never purged.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);
    private static final long RETENTION_LOCK_KEY = 0x726574656e74L; // "retent"

    private final OutboxRepository repository;
    private final Duration retention;

    public OutboxRetention(
            OutboxRepository repository,
            @ConfigProperty(name = "platform.outbox.retention", defaultValue = "PT1H") Duration retention) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("platform.outbox.retention must not be negative: " + retention);
        }
        this.repository = repository;
        this.retention = retention;
    }

    @Scheduled(
            every = "${platform.outbox.retention-check-interval:1m}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledPurge() {
        try {
            long purged = purgeExpired();
            if (purged > 0) {
                LOG.debugf("purged %d sent outbox rows older than %s", purged, retention);
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox retention pass failed, will retry: %s", e.getMessage());
        }
    }

    /** Deletes the rows sent longer ago than the retention; returns how many (0 while another replica purges). */
    public long purgeExpired() {
        Instant before = Instant.now().minus(retention);
        return QuarkusTransaction.requiringNew()
                .call(() -> repository.tryLock(RETENTION_LOCK_KEY) ? repository.deleteSentBefore(before) : 0L);
    }

    public Duration retention() {
        return retention;
    }
}
