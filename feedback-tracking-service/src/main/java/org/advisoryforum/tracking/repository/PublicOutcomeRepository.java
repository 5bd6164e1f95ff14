package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.PublicOutcome;

@ApplicationScoped
public class PublicOutcomeRepository implements PanacheRepositoryBase<PublicOutcome, UUID> {

    public List<PublicOutcome> all() {
        return listAll(Sort.descending("updatedAt"));
    }
}
