package org.advisoryforum.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /**
     * Only one holder at a time, across every instance of the service: one relay, so events leave in id order and
     * therefore in order per aggregate; one retention purge. A transaction-scoped advisory lock is released on commit.
     */
    public boolean tryLock(long lockKey) {
        Object locked = getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", lockKey)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    public List<OutboxEvent> lockPendingBatch(int size) {
        return find("sentAt is null order by id")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, size)
                .list();
    }

    /** Rows sent before the given instant; pending rows are never touched. */
    public long deleteSentBefore(Instant before) {
        return delete("sentAt is not null and sentAt < ?1", before);
    }

    public long countPending() {
        return count("sentAt is null");
    }
}
