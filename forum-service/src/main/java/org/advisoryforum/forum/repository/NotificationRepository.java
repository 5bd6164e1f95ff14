package org.advisoryforum.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.domain.Notification;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    public List<Notification> inbox(UUID memberId) {
        return find("memberId", Sort.descending("createdAt"), memberId)
                .page(0, 200)
                .list();
    }

    public List<Notification> undigested(UUID memberId) {
        return list("memberId = ?1 and digestedAt is null", Sort.ascending("createdAt"), memberId);
    }

    public List<UUID> membersWithUndigested() {
        return getEntityManager()
                .createQuery("select distinct n.memberId from Notification n where n.digestedAt is null", UUID.class)
                .getResultList();
    }
}
