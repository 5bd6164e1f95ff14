package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.SafeguardingFlag;

@ApplicationScoped
public class SafeguardingFlagRepository implements PanacheRepositoryBase<SafeguardingFlag, UUID> {

    public List<SafeguardingFlag> newestFirst() {
        return listAll(Sort.descending("flaggedAt", "id"));
    }
}
