package org.advisoryforum.consultation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.domain.MemberSnapshot;

@ApplicationScoped
public class MemberSnapshotRepository implements PanacheRepositoryBase<MemberSnapshot, UUID> {

    public List<MemberSnapshot> of(Collection<UUID> memberIds) {
        return memberIds.isEmpty() ? List.of() : list("memberId in ?1", memberIds);
    }
}
