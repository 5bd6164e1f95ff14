package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.advisoryforum.tracking.domain.DifferenceAnswer;

@ApplicationScoped
public class DifferenceAnswerRepository implements PanacheRepository<DifferenceAnswer> {

    public Optional<DifferenceAnswer> of(UUID actionId, UUID memberId) {
        return find("actionId = ?1 and memberId = ?2", actionId, memberId).firstResultOptional();
    }

    public List<DifferenceAnswer> ofActions(Collection<UUID> actionIds) {
        return actionIds.isEmpty() ? List.of() : list("actionId in ?1", Sort.ascending("answeredAt"), actionIds);
    }

    public List<DifferenceAnswer> ofMember(UUID memberId) {
        return list("memberId", Sort.descending("answeredAt"), memberId);
    }

    /** moves a member's answers to another (anonymous) id: the answers stay for the counts, the comments go */
    public void reassign(UUID from, UUID to) {
        update("memberId = ?1, comment = null where memberId = ?2", to, from);
    }

    /** how many members gave each answer, per action, counted by PostgreSQL: one statement, no answer loaded */
    public java.util.Map<UUID, org.advisoryforum.tracking.api.DifferenceView.Counts> countsOf(
            Collection<UUID> actionIds) {
        java.util.Map<UUID, long[]> counted = new java.util.HashMap<>();
        if (!actionIds.isEmpty()) {
            getEntityManager()
                    .createQuery(
                            "select d.actionId, d.answer, count(d) from DifferenceAnswer d"
                                    + " where d.actionId in :ids group by d.actionId, d.answer",
                            Object[].class)
                    .setParameter("ids", actionIds)
                    .getResultList()
                    .forEach(row -> counted.computeIfAbsent((UUID) row[0], id -> new long[3])[
                                    ((DifferenceAnswer.Answer) row[1]).ordinal()] =
                            (Long) row[2]);
        }
        java.util.Map<UUID, org.advisoryforum.tracking.api.DifferenceView.Counts> counts = new java.util.HashMap<>();
        counted.forEach(
                (id, n) -> counts.put(id, new org.advisoryforum.tracking.api.DifferenceView.Counts(n[0], n[1], n[2])));
        return counts;
    }
}
