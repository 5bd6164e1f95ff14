package org.advisoryforum.consultation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.domain.KeyPoint;

@ApplicationScoped
public class KeyPointRepository implements PanacheRepositoryBase<KeyPoint, UUID> {

    public List<KeyPoint> forConsultation(UUID consultationId) {
        return list("consultationId = ?1 order by createdAt", consultationId);
    }

    public long countFor(UUID consultationId) {
        return count("consultationId", consultationId);
    }
}
