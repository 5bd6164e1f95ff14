package org.advisoryforum.forum.api;

import org.advisoryforum.forum.domain.Notification;

import java.time.Instant;
import java.util.UUID;

/** One inbox message; digestedAt says when it was gathered into a digest (null: in the next one). */
public record NotificationView(UUID id, Notification.Kind kind, String title, String body, UUID consultationId,
                               Instant createdAt, Instant digestedAt) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.title, n.body, n.consultationId, n.createdAt, n.digestedAt);
    }
}
