package org.advisoryforum.consultation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.domain.Question;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, UUID> {

    public List<Question> forConsultation(UUID consultationId) {
        return list("consultationId = ?1 order by position", consultationId);
    }
}
