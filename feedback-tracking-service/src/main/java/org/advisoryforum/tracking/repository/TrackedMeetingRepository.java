package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.TrackedMeeting;

@ApplicationScoped
public class TrackedMeetingRepository implements PanacheRepositoryBase<TrackedMeeting, UUID> {

    public List<TrackedMeeting> latestFirst() {
        return listAll(Sort.descending("startsAt"));
    }
}
