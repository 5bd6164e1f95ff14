package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.ModerationDecision;

@ApplicationScoped
public class ModerationDecisionRepository implements PanacheRepository<ModerationDecision> {

    public List<ModerationDecision> ofInput(UUID inputId) {
        return list("inputId", Sort.ascending("decidedAt", "id"), inputId);
    }
}
