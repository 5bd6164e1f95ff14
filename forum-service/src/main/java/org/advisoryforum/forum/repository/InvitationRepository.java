package org.advisoryforum.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.domain.Invitation;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    public long invitedSince(UUID memberId, Instant since) {
        return count("memberId = ?1 and outcome = ?2 and createdAt >= ?3", memberId, Invitation.Outcome.INVITED, since);
    }

    public List<Invitation> ofRound(UUID consultationId) {
        return list("consultationId", Sort.ascending("createdAt"), consultationId);
    }

    public List<Invitation> ofMember(UUID memberId) {
        return list("memberId", Sort.descending("createdAt"), memberId);
    }

    public long countInRound(UUID consultationId, Invitation.Outcome outcome) {
        return count("consultationId = ?1 and outcome = ?2", consultationId, outcome);
    }

    public int forget(UUID memberId) {
        return update("memberId = null where memberId = ?1", memberId);
    }
}
