package org.advisoryforum.consultation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.domain.Consultation;
import org.advisoryforum.consultation.domain.ConsultationStatus;

@ApplicationScoped
public class ConsultationRepository implements PanacheRepositoryBase<Consultation, UUID> {

    public List<Consultation> withStatus(Collection<ConsultationStatus> statuses) {
        return list("status in ?1", Sort.by("closesAt").and("title"), statuses);
    }
}
