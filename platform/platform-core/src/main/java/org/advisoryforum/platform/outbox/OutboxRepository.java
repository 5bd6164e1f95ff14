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

    /**
     * The oldest rows to send, locked: neither sent nor parked, and with no parked row before them on their topic and
     * key (so a parked event holds up its own aggregate's later events, and nothing else).
     */
    public List<OutboxEvent> lockPendingBatch(int size) {
        return find("""
                from OutboxEvent e where e.sentAt is null and e.failedAt is null and not exists (
                  select 1 from OutboxEvent p where p.failedAt is not null and p.sentAt is null
                  and p.topic = e.topic and p.aggregateId = e.aggregateId and p.id < e.id)
                order by e.id""").withLock(LockModeType.PESSIMISTIC_WRITE).page(0, size).list();
    }

    /** Rows sent before the given instant; pending rows are never touched. */
    public long deleteSentBefore(Instant before) {
        return delete("sentAt is not null and sentAt < ?1", before);
    }

    /** How many rows wait to be sent, and when the oldest of them was written (null when none waits). */
    public OutboxBacklog.Backlog pendingBacklog() {
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery(
                        "select count(*), extract(epoch from min(created_at))::float8 from outbox_event where sent_at is null")
                .getSingleResult();
        long pending = ((Number) row[0]).longValue();
        Instant oldest =
                row[1] == null ? null : Instant.ofEpochMilli(Math.round(((Number) row[1]).doubleValue() * 1000));
        return new OutboxBacklog.Backlog(pending, oldest);
    }

    public long countPending() {
        return count("sentAt is null");
    }
}
