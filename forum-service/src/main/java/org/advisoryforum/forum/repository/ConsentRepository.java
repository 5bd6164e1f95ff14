package org.advisoryforum.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.advisoryforum.forum.domain.ConsentRecord;

@ApplicationScoped
public class ConsentRepository implements PanacheRepository<ConsentRecord> {

    public Optional<ConsentRecord> current(UUID memberId) {
        return find("memberId", Sort.descending("consentVersion"), memberId).firstResultOptional();
    }

    public List<ConsentRecord> history(UUID memberId) {
        return list("memberId", Sort.descending("consentVersion"), memberId);
    }
}
