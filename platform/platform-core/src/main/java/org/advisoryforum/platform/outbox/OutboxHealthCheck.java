package org.advisoryforum.platform.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The outbox is stuck when its oldest unsent row is older than {@code platform.outbox.stuck-after} (default PT5M).
 * Then this check is DOWN with {@code state: DEGRADED} in its data. It is a wellness check ({@code /q/health/well},
 * and in {@code /q/health}), not readiness or liveness: every replica shares the one outbox table, so a readiness DOWN
 * would take them all out of service at once and turn late events into an outage, and a liveness DOWN would restart
 * replicas that are not at fault. The service still takes writes; their events wait in the outbox until the broker
 * takes them, and monitoring alerts on this check (or on {@code platform.outbox.oldest.pending.age}).
 */
@Wellness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxBacklog backlog;
    private final Duration stuckAfter;

    public OutboxHealthCheck(
            OutboxBacklog backlog,
            @ConfigProperty(name = "platform.outbox.stuck-after", defaultValue = "PT5M") Duration stuckAfter) {
        if (stuckAfter.isNegative() || stuckAfter.isZero()) {
            throw new IllegalArgumentException("platform.outbox.stuck-after must be positive: " + stuckAfter);
        }
        this.backlog = backlog;
        this.stuckAfter = stuckAfter;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("outbox").withData("stuckAfter", stuckAfter.toString());
        OutboxBacklog.Backlog current;
        try {
            current = backlog.measure();
        } catch (RuntimeException e) { // the datasource check reports the database itself
            return response.down()
                    .withData("state", "UNKNOWN")
                    .withData("reason", "backlog not readable: " + e.getClass().getSimpleName())
                    .build();
        }
        Duration age = current.oldestAge(Instant.now());
        boolean stuck = age.compareTo(stuckAfter) > 0;
        return response.status(!stuck)
                .withData("state", stuck ? "DEGRADED" : "OK")
                .withData("pending", current.pending())
                .withData("oldestPendingAgeSeconds", age.toSeconds())
                .build();
    }
}
