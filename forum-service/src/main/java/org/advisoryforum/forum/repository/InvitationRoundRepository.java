package org.advisoryforum.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.domain.InvitationRound;

@ApplicationScoped
public class InvitationRoundRepository implements PanacheRepositoryBase<InvitationRound, UUID> {

    public List<InvitationRound> newestFirst() {
        return listAll(Sort.descending("receivedAt"));
    }

    public List<InvitationRound> withIds(List<UUID> consultationIds) {
        return consultationIds.isEmpty() ? List.of() : list("consultationId in ?1", consultationIds);
    }
}
