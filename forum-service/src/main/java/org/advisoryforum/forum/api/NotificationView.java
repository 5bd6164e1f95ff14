package org.advisoryforum.forum.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.domain.Notification;
import org.advisoryforum.forum.service.NotificationWords;

/**
 * One inbox message: {@code key} and {@code params} say what it is, for the reader to word in their language;
 * {@code title} and {@code body} are its English words for clients that do not. digestedAt says when it was gathered
 * into a digest (null: in the next one).
 */
public record NotificationView(
        UUID id,
        Notification.Kind kind,
        String key,
        Map<String, String> params,
        String title,
        String body,
        UUID consultationId,
        Instant createdAt,
        Instant digestedAt) {

    public static NotificationView of(Notification n) {
        NotificationWords.English english = NotificationWords.english(n);
        return new NotificationView(
                n.id,
                n.kind,
                n.messageKey,
                Map.copyOf(n.params),
                english.title(),
                english.body(),
                n.consultationId,
                n.createdAt,
                n.digestedAt);
    }
}
