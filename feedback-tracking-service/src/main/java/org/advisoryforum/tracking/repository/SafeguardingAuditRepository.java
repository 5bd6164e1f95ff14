package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.tracking.domain.SafeguardingAudit;

import java.util.List;

@ApplicationScoped
public class SafeguardingAuditRepository implements PanacheRepository<SafeguardingAudit> {

    public List<SafeguardingAudit> newestFirst() {
        return listAll(Sort.descending("at", "id"));
    }
}
