package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.tracking.domain.TrackedMember;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TrackedMemberRepository implements PanacheRepositoryBase<TrackedMember, UUID> {

    /** PostgreSQL takes at most 65,535 parameters in one statement: a large consultation is read in slices. */
    private static final int SLICE = 10_000;

    public List<TrackedMember> byIds(Collection<UUID> memberIds) {
        List<UUID> ids = List.copyOf(memberIds);
        List<TrackedMember> found = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += SLICE) {
            found.addAll(list("memberId in ?1", ids.subList(from, Math.min(ids.size(), from + SLICE))));
        }
        return found;
    }
}
