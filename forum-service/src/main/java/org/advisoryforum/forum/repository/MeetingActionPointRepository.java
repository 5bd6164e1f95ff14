package org.advisoryforum.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.domain.MeetingActionPoint;

@ApplicationScoped
public class MeetingActionPointRepository implements PanacheRepositoryBase<MeetingActionPoint, UUID> {

    public List<MeetingActionPoint> ofMeeting(UUID meetingId) {
        return list("meetingId", Sort.ascending("position"), meetingId);
    }
}
