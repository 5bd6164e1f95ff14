package org.advisoryforum.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.domain.InvolvementFeedback;

@ApplicationScoped
public class InvolvementFeedbackRepository implements PanacheRepositoryBase<InvolvementFeedback, UUID> {

    public List<InvolvementFeedback> forEntries(Collection<UUID> involvementIds) {
        return involvementIds.isEmpty() ? List.of() : list("involvementId in ?1", involvementIds);
    }

    /** The member's latest answers, newest first. */
    public List<InvolvementFeedback> latestOf(UUID memberId, int howMany) {
        return getEntityManager()
                .createQuery("""
                        select f from InvolvementFeedback f, Involvement i
                        where i.id = f.involvementId and i.memberId = ?1
                        order by f.answeredAt desc""", InvolvementFeedback.class)
                .setParameter(1, memberId)
                .setMaxResults(howMany)
                .getResultList();
    }

    /**
     * Counts of every answer, per activity: one row per (kind, consultation, meeting, question's answer) with its
     * count. Activities of kind OTHER have neither id and count together.
     */
    public List<Object[]> counts(UUID consultationId, UUID meetingId) {
        String where = consultationId != null
                ? " and i.consultationId = :consultation"
                : meetingId != null ? " and i.meetingId = :meeting" : "";
        var query = getEntityManager()
                .createQuery(
                        "select i.kind, i.consultationId, i.meetingId, f.timeTaken, f.worthIt, f.feltHeard, count(f)"
                                + " from InvolvementFeedback f, Involvement i where i.id = f.involvementId" + where
                                + " group by i.kind, i.consultationId, i.meetingId, f.timeTaken, f.worthIt, f.feltHeard",
                        Object[].class);
        if (consultationId != null) {
            query.setParameter("consultation", consultationId);
        } else if (meetingId != null) {
            query.setParameter("meeting", meetingId);
        }
        return query.getResultList();
    }
}
