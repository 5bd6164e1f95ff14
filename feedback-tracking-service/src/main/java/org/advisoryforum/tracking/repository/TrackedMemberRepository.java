package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.TrackedMember;

@ApplicationScoped
public class TrackedMemberRepository implements PanacheRepositoryBase<TrackedMember, UUID> {

    public List<TrackedMember> byIds(Collection<UUID> memberIds) {
        return IdSlices.read(memberIds, slice -> list("memberId in ?1", slice));
    }
}
