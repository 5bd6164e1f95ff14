package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.KeyPoint;

@ApplicationScoped
public class KeyPointRepository implements PanacheRepositoryBase<KeyPoint, UUID> {

    public List<KeyPoint> ofConsultation(UUID consultationId) {
        return list("consultationId", Sort.ascending("createdAt", "id"), consultationId);
    }

    public List<KeyPoint> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", Sort.ascending("createdAt", "id"), ids);
    }
}
