package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.api.NotificationView;
import org.advisoryforum.forum.domain.Notification;
import org.advisoryforum.forum.repository.NotificationRepository;

/** The inbox every member has; it always works, whether or not digests go out by e-mail. */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository notifications;
    private final MemberService members;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, MemberService members, Clock clock) {
        this.notifications = notifications;
        this.members = members;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(
            UUID memberId, Notification.Kind kind, String messageKey, Map<String, String> params, UUID consultationId) {
        notifications.persist(Notification.of(memberId, kind, messageKey, params, consultationId, Instant.now(clock)));
    }

    public List<NotificationView> inbox(UUID memberId) {
        members.requireActive(memberId);
        return notifications.inbox(memberId).stream().map(NotificationView::of).toList();
    }
}
