package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.ActionStatusChange;

@ApplicationScoped
public class ActionStatusChangeRepository implements PanacheRepository<ActionStatusChange> {

    public List<ActionStatusChange> ofAction(UUID actionId) {
        return list("actionId", Sort.ascending("changedAt", "id"), actionId);
    }

    /** status changes of these consultations' actions, newest first (for the feed) */
    public List<Object[]> recentOf(Collection<UUID> consultationIds, int limit) {
        if (consultationIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("""
                        select c, a from ActionStatusChange c, Action a
                        where a.id = c.actionId and a.consultationId in ?1 order by c.changedAt desc, c.id desc""", Object[].class)
                .setParameter(1, consultationIds)
                .setMaxResults(limit)
                .getResultList();
    }
}
