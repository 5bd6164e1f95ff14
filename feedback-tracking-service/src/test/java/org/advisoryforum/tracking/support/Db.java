package org.advisoryforum.tracking.support;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/** Looks into tracking's database, for assertions on what consumers stored. */
@ApplicationScoped
public class Db {

    private final EntityManager entityManager;

    public Db(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    public String text(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return String.valueOf(query.getSingleResult());
        });
    }

    /** A test's own statement; a bulk seed (70,000 rows) may take longer than a request's transaction is allowed. */
    public int execute(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        });
    }

    /** waits until every one of these events has been processed by tracking's consumers */
    public void awaitProcessed(Collection<UUID> eventIds) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> count("select count(distinct event_id) from processed_event where event_id in ("
                                + eventIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")")
                        == eventIds.size());
    }
}
