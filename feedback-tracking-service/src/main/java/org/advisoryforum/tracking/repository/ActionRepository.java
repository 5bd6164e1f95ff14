package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.Action;

@ApplicationScoped
public class ActionRepository implements PanacheRepositoryBase<Action, UUID> {

    public List<Action> ofConsultation(UUID consultationId) {
        return list("consultationId", Sort.ascending("createdAt", "id"), consultationId);
    }

    public List<Action> ofMeeting(UUID meetingId) {
        return list("meetingId", Sort.ascending("createdAt", "id"), meetingId);
    }

    public boolean tracksActionPoint(UUID actionPointId) {
        return count("actionPointId", actionPointId) > 0;
    }

    public List<Action> answering(Collection<UUID> keyPointIds) {
        return keyPointIds.isEmpty()
                ? List.of()
                : list(
                        "select distinct a from Action a join a.keyPointIds k where k in ?1 order by a.createdAt, a.id",
                        keyPointIds);
    }

    /** actions that are, or may have become, overdue */
    public List<Action> withDueDateOrOverdue() {
        return list("dueDate is not null or overdue = true");
    }

    /** actions whose review date has come (London day) whose members have not been asked yet */
    public List<Action> dueForReviewNotAsked(java.time.LocalDate today) {
        return list("reviewDate is not null and reviewDate <= ?1 and reviewAskedAt is null", today);
    }

    /** every action whose review date has come, the latest review date first: staff's task list */
    public List<Action> reviewDue(java.time.LocalDate today) {
        return list("reviewDate is not null and reviewDate <= ?1 order by reviewDate desc, createdAt", today);
    }
}
