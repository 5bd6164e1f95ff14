package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.TrackedInput;

@ApplicationScoped
public class TrackedInputRepository implements PanacheRepositoryBase<TrackedInput, UUID> {

    public List<TrackedInput> ofResponse(UUID responseId) {
        return list("responseId", responseId);
    }

    public List<TrackedInput> ofResponses(Collection<UUID> responseIds) {
        return IdSlices.read(responseIds, slice -> list("responseId in ?1", slice));
    }

    public List<TrackedInput> byIds(Collection<UUID> ids) {
        return IdSlices.read(ids, slice -> list("id in ?1", slice));
    }

    public long deleteOfResponse(UUID responseId) {
        return delete("responseId", responseId);
    }

    /** the response's words are no longer quotable */
    public void forgetWordsOf(UUID responseId) {
        update("quoteText = null where responseId = ?1", responseId);
    }
}
