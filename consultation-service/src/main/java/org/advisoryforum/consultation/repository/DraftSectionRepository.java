package org.advisoryforum.consultation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.domain.DraftSection;

@ApplicationScoped
public class DraftSectionRepository implements PanacheRepositoryBase<DraftSection, DraftSection.Key> {

    public List<DraftSection> version(UUID consultationId, int version) {
        return list("id.consultationId = ?1 and id.version = ?2 order by position", consultationId, version);
    }

    public void deleteVersion(UUID consultationId, int version) {
        delete("id.consultationId = ?1 and id.version = ?2", consultationId, version);
    }
}
