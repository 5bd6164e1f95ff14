package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.advisoryforum.tracking.domain.Confirmation;

@ApplicationScoped
public class ConfirmationRepository implements PanacheRepository<Confirmation> {

    public Optional<Confirmation> of(UUID actionId, UUID memberId) {
        return find("actionId = ?1 and memberId = ?2", actionId, memberId).firstResultOptional();
    }

    public List<Confirmation> ofActions(Collection<UUID> actionIds) {
        return actionIds.isEmpty() ? List.of() : list("actionId in ?1", actionIds);
    }

    public List<Confirmation> ofMember(UUID memberId) {
        return list("memberId", memberId);
    }

    /** moves a member's confirmations to another (anonymous) id: the verdicts stay for the tally, the comments go */
    public void reassign(UUID from, UUID to) {
        update("memberId = ?1, comment = null where memberId = ?2", to, from);
    }
}
