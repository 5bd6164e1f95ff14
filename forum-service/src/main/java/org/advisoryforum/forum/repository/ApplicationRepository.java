package org.advisoryforum.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.advisoryforum.forum.domain.Application;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    public boolean hasPending(UUID applicantId) {
        return count("applicantId = ?1 and status = ?2", applicantId, Application.Status.PENDING) > 0;
    }

    public Optional<Application> latestOf(UUID applicantId) {
        return find("applicantId", Sort.descending("submittedAt"), applicantId).firstResultOptional();
    }

    public List<Application> withStatus(Application.Status status) {
        Sort order = Sort.ascending("submittedAt");
        return status == null ? listAll(order) : list("status", order, status);
    }

    public long deleteAllOf(UUID applicantId) {
        return delete("applicantId", applicantId);
    }
}
