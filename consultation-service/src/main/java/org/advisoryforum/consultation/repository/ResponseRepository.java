package org.advisoryforum.consultation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.advisoryforum.consultation.domain.Answer;
import org.advisoryforum.consultation.domain.Response;
import org.advisoryforum.consultation.domain.ResponseStatus;
import org.advisoryforum.consultation.domain.SectionComment;

@ApplicationScoped
public class ResponseRepository implements PanacheRepositoryBase<Response, UUID> {

    /** with its answers in the same statement (a save reads and changes them; the comments follow lazily) */
    public Optional<Response> of(UUID consultationId, UUID memberId) {
        return find(
                        "select distinct r from Response r left join fetch r.answers where r.consultationId = ?1 and r.memberId = ?2",
                        consultationId,
                        memberId)
                .singleResultOptional();
    }

    public List<Response> submitted(UUID consultationId) {
        return list(
                "consultationId = ?1 and status = ?2 order by submittedAt", consultationId, ResponseStatus.SUBMITTED);
    }

    public List<Response> ofMember(UUID memberId) {
        return list("memberId", memberId);
    }

    public long countSubmitted(UUID consultationId) {
        return count("consultationId = ?1 and status = ?2", consultationId, ResponseStatus.SUBMITTED);
    }

    public List<Answer> answers(Collection<UUID> ids) {
        return getEntityManager()
                .createQuery("from Answer where id in :ids", Answer.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<SectionComment> comments(Collection<UUID> ids) {
        return getEntityManager()
                .createQuery("from SectionComment where id in :ids", SectionComment.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public Optional<Answer> answer(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Answer.class, id));
    }
}
