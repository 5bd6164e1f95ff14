package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.tracking.domain.SafeguardingFlag;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SafeguardingFlagRepository implements PanacheRepositoryBase<SafeguardingFlag, UUID> {

    public List<SafeguardingFlag> newestFirst() {
        return listAll(Sort.descending("flaggedAt", "id"));
    }
}
