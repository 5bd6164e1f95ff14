package org.advisoryforum.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.domain.RoleChange;

@ApplicationScoped
public class RoleChangeRepository implements PanacheRepository<RoleChange> {

    /** One claimer at a time across every replica; a transaction-scoped advisory lock is released on commit. */
    public boolean tryLock(long lockKey) {
        Object locked = getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", lockKey)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /**
     * The oldest changes due, locked, of members none of whose changes another worker holds right now (so one
     * member's changes are never applied by two workers at once, and never out of order).
     */
    public List<RoleChange> lockDue(Instant now, int size) {
        return find("""
                from RoleChange c where c.nextAttemptAt <= ?1 and (c.claimedUntil is null or c.claimedUntil < ?1)
                and not exists (select 1 from RoleChange h where h.memberId = c.memberId and h.claimedUntil >= ?1)
                order by c.id""", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, size)
                .list();
    }

    public long deleteByIds(List<Long> ids) {
        return delete("id in ?1", ids);
    }

    public List<RoleChange> byIds(List<Long> ids) {
        return list("id in ?1", ids);
    }

    public long pendingFor(UUID memberId) {
        return count("memberId", memberId);
    }
}
