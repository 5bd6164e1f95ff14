package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.TrackedResponse;

@ApplicationScoped
public class TrackedResponseRepository implements PanacheRepositoryBase<TrackedResponse, UUID> {

    public List<TrackedResponse> ofConsultation(UUID consultationId) {
        return list("consultationId", consultationId);
    }

    public List<TrackedResponse> byIds(java.util.Collection<UUID> ids) {
        return IdSlices.read(ids, slice -> list("id in ?1", slice));
    }

    public List<TrackedResponse> ofMember(UUID memberId) {
        return list("memberId", memberId);
    }
}
