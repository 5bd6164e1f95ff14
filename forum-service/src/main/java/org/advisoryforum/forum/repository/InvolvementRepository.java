package org.advisoryforum.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.advisoryforum.forum.domain.Involvement;

@ApplicationScoped
public class InvolvementRepository implements PanacheRepositoryBase<Involvement, UUID> {

    public List<Involvement> of(UUID memberId) {
        return list("memberId", Sort.descending("occurredAt"), memberId);
    }

    public Optional<Involvement> byResponse(UUID responseId) {
        return find("responseId", responseId).firstResultOptional();
    }

    public int forget(UUID memberId) {
        return update("memberId = null where memberId = ?1", memberId);
    }
}
