package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.advisoryforum.tracking.domain.DraftChange;

@ApplicationScoped
public class DraftChangeRepository implements PanacheRepository<DraftChange> {

    public Optional<DraftChange> find(UUID consultationId, int toVersion, String sectionKey) {
        return find("consultationId = ?1 and toVersion = ?2 and sectionKey = ?3", consultationId, toVersion, sectionKey)
                .firstResultOptional();
    }

    /** the most recent revision that changed this section */
    public Optional<DraftChange> latest(UUID consultationId, String sectionKey) {
        return find("consultationId = ?1 and sectionKey = ?2", Sort.descending("toVersion"), consultationId, sectionKey)
                .firstResultOptional();
    }

    public boolean exists(UUID consultationId, int toVersion) {
        return count("consultationId = ?1 and toVersion = ?2", consultationId, toVersion) > 0;
    }
}
