package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.tracking.domain.TrackedConsultation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TrackedConsultationRepository implements PanacheRepositoryBase<TrackedConsultation, UUID> {

    public List<TrackedConsultation> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<TrackedConsultation> newestFirst() {
        return listAll(Sort.descending("publishedAt"));
    }
}
