package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.ModerationStatus;
import org.advisoryforum.tracking.domain.QuoteModeration;

@ApplicationScoped
public class QuoteModerationRepository implements PanacheRepositoryBase<QuoteModeration, UUID> {

    public List<QuoteModeration> byIds(Collection<UUID> inputIds) {
        // the redactions in the same statement: a page with thousands of quotes is still one read per slice
        return IdSlices.read(
                inputIds,
                slice -> find(
                                "select distinct m from QuoteModeration m left join fetch m.redactions where m.inputId in ?1",
                                slice)
                        .list());
    }

    public List<QuoteModeration> ofResponse(UUID responseId) {
        return list("responseId", responseId);
    }

    /** the queue, oldest first; consultationId null: every consultation */
    public List<QuoteModeration> withStatus(ModerationStatus status, UUID consultationId) {
        Sort oldestFirst = Sort.ascending("queuedAt", "inputId");
        return consultationId == null
                ? list("status", oldestFirst, status)
                : list("status = ?1 and consultationId = ?2", oldestFirst, status, consultationId);
    }
}
