package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.advisoryforum.tracking.domain.SafeguardingAudit;

@ApplicationScoped
public class SafeguardingAuditRepository implements PanacheRepository<SafeguardingAudit> {

    public List<SafeguardingAudit> newestFirst() {
        return listAll(Sort.descending("at", "id"));
    }
}
