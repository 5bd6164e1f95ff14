package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.TrackedConsultation;

@ApplicationScoped
public class TrackedConsultationRepository implements PanacheRepositoryBase<TrackedConsultation, UUID> {

    public List<TrackedConsultation> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** closed, no outcome yet, not yet found late: the response clock looks at these */
    public List<TrackedConsultation> awaitingOutcome() {
        return list("closedAt is not null and outcomePublishedAt is null and overdueSince is null");
    }

    /** consultations found late, newest first (the Atom feed's entries) */
    public List<TrackedConsultation> foundOverdue() {
        return list("overdueSince is not null", Sort.descending("overdueNoticedAt"));
    }

    /**
     * One holder at a time across every replica, until the transaction ends: the advisory lock that scheduled work
     * takes so that one replica runs it (as the outbox relay does).
     */
    public boolean tryScheduleLock(long key) {
        return Boolean.TRUE.equals(getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", key)
                .getSingleResult());
    }

    public List<TrackedConsultation> newestFirst() {
        return listAll(Sort.descending("publishedAt"));
    }
}
